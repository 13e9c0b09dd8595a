// Entries for tests about citations: only an entry's ref and what it cites matter.
import { and, eq } from "drizzle-orm";
import { kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import type { DB } from "../../src/db.js";
import { importRegulations, parseRegulationsJsonl } from "../../src/services/regulation-import.js";
import { setArticleStatus } from "../../src/services/regulations.js";
import { currentUser } from "../../src/services/users.js";
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

// Real articles of Luật Cư trú (test/quality/legal-retrieval/corpus.jsonl), shortened.
export const CU_TRU_LINE = {
  number: "68/2020/QH14",
  title: "Luật Cư trú",
  issuer: "Quốc hội",
  effective_date: "2021-07-01",
  aliases: [] as string[],
  articles: [
    {
      article: "Điều 20",
      heading: "Điều kiện đăng ký thường trú",
      text: "1. Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình thì được đăng ký thường trú tại chỗ ở hợp pháp đó.\n\n2. Công dân được đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình khi được chủ hộ và chủ sở hữu chỗ ở hợp pháp đó đồng ý.",
    },
    {
      article: "Điều 21",
      heading: "Hồ sơ đăng ký thường trú",
      text: "1. Hồ sơ đăng ký thường trú đối với người quy định tại khoản 1 Điều 20 của Luật này bao gồm: a) Tờ khai thay đổi thông tin cư trú; b) Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp.\n\n2. Hồ sơ đăng ký thường trú đối với người quy định tại khoản 2 Điều 20 của Luật này bao gồm tờ khai thay đổi thông tin cư trú.",
    },
    {
      article: "Điều 38",
      heading: "Điều khoản thi hành",
      text: "Sổ hộ khẩu, sổ tạm trú đã được cấp vẫn được sử dụng và có giá trị như giấy tờ, tài liệu xác nhận về cư trú theo quy định của Luật này cho đến hết ngày 31 tháng 12 năm 2022.",
    },
  ],
};

// Two entries about permanent residence citing Luật Cư trú (CU_TRU_LINE): CT-20 cites Điều 20,
// CT-21 cites Điều 21. Both are found by "đăng ký thường trú nhà bố mẹ".
export const RESIDENCE_ENTRIES: PublishedEntryInput[] = [
  {
    ref: "CT-20",
    title: "Đăng ký thường trú tại nhà của bố mẹ",
    question: "Công dân chuyển về ở nhà bố mẹ đẻ có được đăng ký thường trú tại đó không?",
    answer: "Được, khi chủ hộ và chủ sở hữu chỗ ở hợp pháp đồng ý cho đăng ký thường trú.",
    category: "can-cuoc",
    tags: ["thường trú"],
    citations: [{ document: "Luật Cư trú", article: "Điều 20" }],
  },
  {
    ref: "CT-21",
    title: "Hồ sơ đăng ký thường trú tại nhà bố mẹ",
    question: "Hồ sơ đăng ký thường trú tại nhà của bố mẹ gồm những gì?",
    answer: "Tờ khai thay đổi thông tin cư trú, có ý kiến đồng ý của chủ hộ về việc đăng ký thường trú.",
    category: "can-cuoc",
    tags: ["thường trú"],
    citations: [{ document: "Luật Cư trú", article: "Điều 21" }],
  },
];

// Loads Luật Cư trú into the register and marks its Điều 20 amended from 01/07/2025 by `advisorId`:
// the entries citing it (CT-20 of RESIDENCE_ENTRIES) are flagged for review.
export function amendCuTruArticle20(db: DB, advisorId: number, now: Date): void {
  importRegulations(db, null, parseRegulationsJsonl(Buffer.from(JSON.stringify(CU_TRU_LINE))).entries, now, "Asia/Ho_Chi_Minh");
  const regulationId = db.select().from(regulations).where(eq(regulations.number, CU_TRU_LINE.number)).get()!.id;
  const articleId = db.select().from(regulationArticles).where(and(eq(regulationArticles.regulationId, regulationId), eq(regulationArticles.label, "Điều 20"))).get()!.id;
  setArticleStatus(db, currentUser(db, advisorId)!, regulationId, articleId, { status: "amended", since: "2025-07-01" }, now);
}
