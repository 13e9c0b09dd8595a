// A published entry for tests about citations: only its ref and what it cites matter.
import type { PublishedEntryInput } from "../../src/services/kb-entries.js";

export const citingEntry = (ref: string, citations: { document: string; article: string }[]): PublishedEntryInput => ({
  ref,
  title: `Mục ${ref}`,
  question: "Câu hỏi mẫu đủ dài",
  answer: "Trả lời mẫu",
  category: "ly-lich-tu-phap",
  tags: [],
  citations,
});
