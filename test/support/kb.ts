// Entries for tests about citations: only an entry's ref and what it cites matter.
import { kbEntries } from "../../db/schema.js";
import type { DB } from "../../src/db.js";
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

// The refs of the entries flagged for review, sorted.
export const flaggedRefs = (db: DB): string[] =>
  db
    .select({ ref: kbEntries.ref, flaggedAt: kbEntries.flaggedAt })
    .from(kbEntries)
    .all()
    .filter((e) => e.flaggedAt)
    .map((e) => e.ref)
    .sort();

// A register line (regulations:import) with the text of two articles.
export const LLTP_LINE = {
  number: "28/2009/QH12",
  title: "Luật Lý lịch tư pháp",
  issuer: "Quốc hội",
  effective_date: "2010-07-01",
  status: "in_force",
  aliases: [] as string[],
  articles: [
    { article: "Điều 41", heading: "Phiếu lý lịch tư pháp", text: "1. Phiếu lý lịch tư pháp gồm:\na) Phiếu lý lịch tư pháp số 1;\nb) Phiếu lý lịch tư pháp số 2." },
    { article: "Điều 42", heading: "Nội dung Phiếu lý lịch tư pháp số 1", text: "Họ, tên, giới tính, ngày, tháng, năm sinh …" },
  ],
};
