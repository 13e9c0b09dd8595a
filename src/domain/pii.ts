// Personal-data guard (C.3): before an entry is published, its text is scanned for what would
// identify a person — identity numbers, phone numbers, dates of birth, names after a form of
// address, vehicle plates. It flags candidates for a human to fix or waive, so it leans towards
// flagging; what it must never flag is the ordinary furniture of legal text (article numbers,
// years, document numbers such as "111/2010/NĐ-CP", durations, amounts of money).

export type PersonalDataKind = "id12" | "id9" | "phone" | "dob" | "name" | "plate";

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
  index: number; // UTF-16 offset of `match` in the scanned text
}

export function findPersonalData(text: string): PersonalDataFinding[] {
  const nfc = text.normalize("NFC");
  if (nfc === text) return scan(text);
  // Decomposed text (some Vietnamese keyboards type the marks separately): scan the composed
  // form, then point back into the text as given.
  const origin = nfcOrigins(text);
  return scan(origin.nfc).map((f) => {
    const start = origin.at[f.index]!;
    const end = origin.at[f.index + f.match.length]!;
    return { ...f, index: start, match: text.slice(start, end) };
  });
}

// For each offset in the composed text, the offset in the original it came from.
function nfcOrigins(text: string): { nfc: string; at: number[] } {
  let nfc = "";
  const at: number[] = [];
  let offset = 0;
  for (const cluster of text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const composed = cluster.normalize("NFC");
    for (let k = 0; k < composed.length; k++) at.push(offset);
    nfc += composed;
    offset += cluster.length;
  }
  at.push(offset);
  return { nfc, at };
}

function scan(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [...plates(text), ...datesOfBirth(text), ...names(text)];
  for (const f of numbers(text)) if (!found.some((g) => overlaps(f, g))) found.push(f);
  return found.sort((a, b) => a.index - b.index);
}

// The entry's fields as one list, each finding labelled with the field it was found in.
export type EntryField = "title" | "question" | "answer";
export type FieldFinding = PersonalDataFinding & { field: EntryField };

export function findPersonalDataInEntry(entry: Record<EntryField, string>): FieldFinding[] {
  return (["title", "question", "answer"] as const).flatMap((field) => findPersonalData(entry[field]).map((f) => ({ ...f, field })));
}

// Publishing stopped because the text holds findings nobody waived.
export class PersonalDataFound extends Error {
  constructor(readonly findings: FieldFinding[]) {
    super(`personal data found: ${findings.map((f) => f.kind).join(", ")}`);
    this.name = "PersonalDataFound";
  }
}

const overlaps = (a: PersonalDataFinding, b: PersonalDataFinding) =>
  a.index < b.index + b.match.length && b.index < a.index + a.match.length;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// --- Vehicle plates: "29A-123.45", "30E1-234.56", "51F 12345", "29-B1 123.45", "29LD-123.45".
const PLATE = /(?<![\p{L}\p{N}.\/-])\d{2}[ -]?[A-ZĐ]{1,2}\d?[ -]{1,2}(?:\d{3}\.\d{2}|\d{4,5})(?![\p{L}\p{N}]|[.,]\d)/gu;

function plates(text: string): PersonalDataFinding[] {
  return [...text.matchAll(PLATE)].map((m) => ({ kind: "plate" as const, match: m[0], index: m.index }));
}

// --- Dates of birth: a date (dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or "ngày 5 tháng 3 năm 1985")
// with "sinh" shortly before it. "Phát sinh" (to arise) and "sinh viên", "sinh hoạt"… are not births.
const DATE = /(?<![\p{L}\p{N}\/.-])(?:(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?![\p{N}\/])/giu;
const BIRTH_WORD = /(?<![\p{L}])(?<!phát\s)sinh(?![\p{L}])(?!\s+(?:viên|hoạt|sống|thái|học|sản|lợi|ra|tồn|mạng|con|lý)(?![\p{L}]))/iu;
const BIRTH_WINDOW = 40; // characters before the date in which "sinh" counts

function datesOfBirth(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(DATE)) {
    const [d, mo, y] = (m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]).map(Number) as [number, number, number];
    if (d < 1 || d > 31 || mo < 1 || mo > 12 || y < 1900 || y > 2099) continue;
    // The window stops at the end of the previous sentence or line: "sinh" must describe this date.
    const before = text.slice(Math.max(0, m.index - BIRTH_WINDOW), m.index).split(/[.;!?\n]\s/).pop()!;
    if (BIRTH_WORD.test(before)) out.push({ kind: "dob", match: m[0], index: m.index });
  }
  return out;
}

// --- Names after a form of address: "ông Nguyễn Văn An", "chị Lan", "đồng chí Trần Minh".
// Placeholders used in legal examples ("ông A", "Nguyễn Văn B") are not anyone's name, and a
// capitalised word that starts a title or an institution ("công dân Việt Nam", "đồng chí Trưởng
// phòng") is not a name either.
// No `i` flag: under /iu, \p{Lu} would match lower-case letters too, and capitals are the point.
const ADDRESS =
  /(?<![\p{L}])(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[eE]m|[cC]háu|[đĐ]ồng\s+chí|[cC]ông\s+dân)[ \t]+(\p{Lu}\p{M}*[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}\p{M}*[\p{Ll}\p{M}]*){0,3})(?![\p{L}\p{M}])/gu;
const NOT_A_NAME = new Set(
  [
    "việt", "nhà", "nước", "công", "bộ", "cơ", "tòa", "toà", "ủy", "uỷ", "viện", "phòng", "sở", "cục", "đảng", "quốc",
    "chính", "thủ", "trưởng", "phó", "giám", "chủ", "chánh", "điều", "khoản", "luật", "nghị", "thông", "quyết", "hiến",
    "ban", "tổ", "đội", "trạm", "đồn", "trại", "ty", "văn", "phiếu", "hồ", "trung", "tổng", "thượng", "thiếu", "đại",
    "binh", "hạ", "cán", "lãnh", "chỉ", "hội", "liên", "đơn",
  ].map((w) => w.normalize("NFC")),
);

function names(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const name = m[1]!;
    const syllables = name.split(/[ \t]+/);
    if (NOT_A_NAME.has(syllables[0]!.normalize("NFC").toLowerCase())) continue;
    if (syllables.at(-1)!.normalize("NFC").length === 1) continue; // "ông A", "Nguyễn Văn B": an example's placeholder
    out.push({ kind: "name", match: name, index: m.index + m[0].length - name.length });
  }
  return out;
}

// --- Identity and phone numbers: runs of digit groups ("001 099 012 345", "0912.345.678",
// "+84 912 345 678", "(024) 3826 9999") are split into the longest numbers that fit a pattern.
const RUN = /(?:\(\+?\d+\)|\+?\d+)(?:[ .-]?(?:\(\d+\)|\d+))*/g;
const NUMBER_GLUE = ["/", "\\", "-", ".", ","];
const THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const MONEY_AFTER = /^\s*(?:đồng|đ|vnđ|vnd|usd|triệu|tỷ|tỉ|nghìn|ngàn|trăm|%|lần)(?![\p{L}])/iu;

function numbers(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = text[start - 1] ?? "";
    const next = text[end] ?? "";
    // Part of a document number ("111/2010/NĐ-CP", "41/2024/QH15"), a code or a word: not a person's.
    if (LETTER_OR_DIGIT.test(prev) || NUMBER_GLUE.includes(prev)) continue;
    if (LETTER_OR_DIGIT.test(next) || next === "/" || next === "\\") continue;
    // Amounts: "100.000.000 đồng", or thousands grouped by dots even without the unit ("từ
    // 100.000.000 đến…"); identity and phone numbers start with 0 when written that way.
    if (MONEY_AFTER.test(text.slice(end, end + 8)) || THOUSANDS.test(m[0])) continue;
    out.push(...splitRun(m[0], start));
  }
  return out;
}

function splitRun(run: string, offset: number): PersonalDataFinding[] {
  const groups = [...run.matchAll(/\+?\d+/g)].map((g) => ({ digits: g[0], start: g.index, end: g.index + g[0].length }));
  const out: PersonalDataFinding[] = [];
  let i = 0;
  while (i < groups.length) {
    let taken = false;
    for (let j = Math.min(groups.length - 1, i + 5); j >= i; j--) {
      const digits = groups.slice(i, j + 1).map((g) => g.digits).join("");
      const kind = classify(digits);
      if (!kind) continue;
      // An area code in parentheses, "(024) 3826 9999", keeps its opening one in the match.
      const paren = run[groups[i]!.start - 1] === "(" && run.slice(groups[i]!.start, groups[j]!.end).includes(")");
      const from = paren ? groups[i]!.start - 1 : groups[i]!.start;
      out.push({ kind, match: run.slice(from, groups[j]!.end), index: offset + from });
      i = j + 1;
      taken = true;
      break;
    }
    if (!taken) i++;
  }
  return out;
}

function classify(digits: string): PersonalDataKind | null {
  const international = digits.startsWith("+84") ? digits.slice(3) : digits.startsWith("84") && digits.length === 11 ? digits.slice(2) : null;
  if (international !== null) {
    if (/^[35789]\d{8}$/.test(international) || /^2\d{9}$/.test(international)) return "phone";
    return null;
  }
  if (digits.startsWith("+")) return null;
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return "phone";
  if (digits.length === 12) return "id12";
  if (digits.length === 9) return "id9";
  return null;
}
