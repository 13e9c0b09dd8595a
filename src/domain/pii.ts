// Personal-data guard: before an entry is published, its text is scanned for what would
// identify a person — identity numbers, phone numbers, dates of birth, names after a form of
// address, vehicle plates, e-mail addresses, street addresses. It flags candidates for a human to
// fix or waive, so it leans towards flagging; what it must never flag is the ordinary furniture of
// legal text (article numbers, years, document numbers such as "111/2010/NĐ-CP", durations, amounts
// of money, "đường bộ", "số 5 Điều 3"): kb:import runs it over whole files of law articles and
// refuses the file on any finding (test/unit/domain/pii-corpus.test.ts holds it to zero there).

export type PersonalDataKind = "id12" | "id9" | "phone" | "dob" | "name" | "plate" | "email" | "address";

// What each kind is called where a finding is reported: the entry editor and kb:import's refusal.
export const PII_KIND_LABELS: Record<PersonalDataKind, string> = {
  id12: "Số căn cước công dân (12 số)",
  id9: "Số chứng minh nhân dân (9 số)",
  phone: "Số điện thoại",
  dob: "Ngày sinh",
  name: "Họ tên",
  plate: "Biển số xe",
  email: "Địa chỉ thư điện tử",
  address: "Địa chỉ nhà",
};

interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
  index: number; // UTF-16 offset of `match` in the scanned text
}

export function findPersonalData(text: string): PersonalDataFinding[] {
  const found = cues(text);
  if (!(found & MARK)) return scan(text, found);
  // Decomposed text (some Vietnamese keyboards type the marks separately): scan the composed
  // form, then point back into the text as given.
  const origin = nfcOrigins(text);
  return scan(origin.nfc, cues(origin.nfc)).map((f) => {
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

function scan(text: string, cue: number): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  if (cue & NAME_CUE) found.push(...names(text));
  if (cue & AT) found.push(...emails(text));
  if (!(cue & DIGIT)) return found;
  found.push(...plates(text), ...datesOfBirth(text), ...streetAddresses(text));
  for (const f of numbers(text)) if (!found.some((g) => overlaps(f, g))) found.push(f);
  return found.sort((a, b) => a.index - b.index);
}

// --- Cues: one pass over the text says which detectors can match at all. kb:import runs the guard
// over 100,000 entries of 1–2 KB, where a regular expression pass costs about 2 ns a character and
// each detector is one or more passes; most lines have no digit, no "@" and no capital after a form
// of address, so most detectors need not run. The cues must never be narrower than the detectors.
const DIGIT = 1;
const AT = 2;
const MARK = 4; // a combining mark: the text must be composed (NFC) first
const UPPER = 8;
const BLANK = 16; // space or tab, what separates a form of address from the name
const NAME_CUE = 32;
const EVERYTHING = DIGIT | AT | MARK | NAME_CUE;

const CHAR_CUES = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (/\p{M}/u.test(ch)) table[c]! |= MARK;
    if (/\p{Lu}/u.test(ch)) table[c]! |= UPPER;
  }
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT;
  table[0x40] = AT;
  table[0x20] = table[0x09] = BLANK;
  // Astral characters are not looked at one by one: their text gets every detector.
  for (let c = 0xd800; c <= 0xdfff; c++) table[c] = EVERYTHING;
  return table;
})();

// The last letter of each form of address in ADDRESS below ("ông", "bà", "anh", "chị", "em", "cháu",
// "đồng chí", "công dân"), in either case.
const ADDRESS_ENDINGS = new Set([..."gàhịmuín"].flatMap((c) => [c, c.toUpperCase()]).map((c) => c.charCodeAt(0)));

function cues(text: string): number {
  let cue = 0;
  for (let i = 0; i < text.length; i++) {
    const c = CHAR_CUES[text.charCodeAt(i)]!;
    if (c === 0) continue;
    cue |= c & EVERYTHING;
    // A capital after blanks after a form of address may start a name; the regex decides.
    if (c & UPPER && !(cue & NAME_CUE) && i > 1 && CHAR_CUES[text.charCodeAt(i - 1)]! & BLANK) {
      let j = i - 1;
      while (j > 0 && CHAR_CUES[text.charCodeAt(j)]! & BLANK) j--;
      if (ADDRESS_ENDINGS.has(text.charCodeAt(j))) cue |= NAME_CUE;
    }
  }
  return cue;
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

// A finding with most of it hidden, for reports that name what they found without spreading it
// further (kb:import prints them to a terminal and its log): enough to find it in the text again.
// Names keep each syllable's first letter, e-mail addresses their first character and domain,
// street addresses their words but not the house numbers, numbers and plates their first few signs.
export function maskPersonalData(f: Pick<PersonalDataFinding, "kind" | "match">): string {
  const text = f.match.normalize("NFC");
  switch (f.kind) {
    case "name":
      return text.replace(/(?<=\p{L})\p{L}/gu, "*");
    case "email":
      return text.replace(/^(.)[^@]*/u, "$1***");
    case "address":
      return text.replace(/\d/g, "*");
    default: {
      const signs = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
      let shown = Math.min(4, Math.ceil(signs / 3));
      return text.replace(/[\p{L}\p{N}]/gu, (c) => (shown-- > 0 ? c : "*"));
    }
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

// --- E-mail addresses: "nguyenvana@gmail.com", "tran.b+hoi@cand.com.vn".
const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\p{L}\p{N}])/gu;

function emails(text: string): PersonalDataFinding[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: "email" as const, match: m[0], index: m.index }));
}

// --- Street addresses: a house number with a named street ("số 12 phố Hàng Bài", "số nhà 7, đường
// Lê Lợi"), a house number and a street's name before a ward or district ("123 Nguyễn Trãi,
// phường …"), or an alley with its number ("ngõ 45", "hẻm 12/3"). The street's name must be written
// as a name, in capitals: laws speak of "đường bộ", "đường thủy", "tổ dân phố" and number their
// articles and clauses ("số 5 Điều 3", "khoản 2"), none of which is anyone's home.
const STREET_SYLLABLE = String.raw`\p{Lu}[\p{Ll}\p{M}]+`;
const STREET_NAME = String.raw`${STREET_SYLLABLE}(?:[ \t]+${STREET_SYLLABLE}){0,4}`;
const HOUSE = String.raw`\d{1,4}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?){0,3}(?![\p{L}\p{N}\/]|[.,]\d)`;
const HOUSE_WORD = String.raw`(?:[sS]ố[ \t]+nhà|[nN]hà[ \t]+số|[sS]ố)[ \t]+`;
const STREET = String.raw`(?:[pP]hố|[đĐ]ường|[đĐ]ại[ \t]+lộ)`;
const ALLEY = String.raw`(?:[nN]gõ|[nN]gách|[hH]ẻm|[kK]iệt)`;
const DIVISION = String.raw`(?:[pP]hường|[qQ]uận|[xX]ã|[hH]uyện|[tT]hị[ \t]+(?:trấn|xã)|[tT]hành[ \t]+phố|[tT]ỉnh|TP|P\.|Q\.)(?![\p{L}])`;
const START = String.raw`(?<![\p{L}\p{N}\/.-])`;
const STREET_ADDRESSES = [
  `${START}(?:${HOUSE_WORD})?${HOUSE}[ \\t]*,?[ \\t]+(?:${ALLEY}[ \\t]+${HOUSE}[ \\t]*,?[ \\t]+)?${STREET}[ \\t]+(${STREET_NAME})`,
  `${START}(?:${HOUSE_WORD})?${HOUSE}[ \\t]+(${STREET_SYLLABLE}(?:[ \\t]+${STREET_SYLLABLE}){1,4})[ \\t]*,[ \\t]*${DIVISION}`,
  `(?<![\\p{L}])${ALLEY}[ \\t]+(?:số[ \\t]+)?${HOUSE}(?:[ \\t]*,?[ \\t]+${STREET}[ \\t]+(${STREET_NAME}))?`,
].map((source) => new RegExp(source, "gu"));
// What follows a street word in the name of a law or an institution ("Luật Đường sắt", "số 5 đường
// Bộ …" never names a street).
const NOT_A_STREET = new Set(
  ["luật", "bộ", "nghị", "thông", "quyết", "điều", "khoản", "chương", "mục", "cục", "sở", "ủy", "uỷ", "ban", "phòng", "viện", "tòa", "toà", "công", "cơ", "nhà", "hiến", "chính", "quốc", "thủ"].map((w) => w.normalize("NFC")),
);
// A number after one of these words is part of a reference, a date or a measure, not a house.
const NOT_A_HOUSE_AFTER = /(?:^|[^\p{L}])(?:điều|khoản|điểm|chương|mục|phần|tiết|lục|mẫu|biểu|năm|tháng|ngày|giờ|km|tuyến|lộ|cấp|loại|nhóm|hạng|bậc|mức|lần|vùng|khu|tầng)[ \t]*$/iu;

function streetAddresses(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const re of STREET_ADDRESSES) {
    for (const m of text.matchAll(re)) {
      if (m[1] && NOT_A_STREET.has(m[1].split(/[ \t]/)[0]!.toLowerCase())) continue;
      if (/^\d/.test(m[0]) && NOT_A_HOUSE_AFTER.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ kind: "address", match: m[0], index: m.index });
    }
  }
  // The patterns overlap ("số 12, ngõ 45, phố Huế" is both a house on a street and an alley): one
  // finding for each stretch of text.
  out.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const merged: PersonalDataFinding[] = [];
  for (const f of out) {
    const last = merged.at(-1);
    if (!last || f.index > last.index + last.match.length) merged.push(f);
    else if (f.index + f.match.length > last.index + last.match.length) merged[merged.length - 1] = { ...last, match: text.slice(last.index, f.index + f.match.length) };
  }
  return merged;
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
