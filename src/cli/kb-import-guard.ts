// The personal-data guard of kb:import: the editor's check (src/domain/pii.ts) on every line of the
// file, whose findings refuse the whole file unless --allow-personal-data says to publish them
// anyway. Reports name the line and the field and mask what they found: the terminal and its logs
// should not become one more copy of it.
import { findPersonalDataInEntry, maskPersonalData, PII_KIND_LABELS, type FieldFinding } from "../domain/pii.js";
import type { PersonalDataAllowed, PublishedEntryInput } from "../services/kb-entries.js";
import { CliError } from "./args.js";

export const ALLOW_FLAG = "--allow-personal-data";

export type LineFindings = PersonalDataAllowed;

// The line's findings, or undefined when it has none.
export function guardLine(file: string, line: number, entry: PublishedEntryInput): LineFindings | undefined {
  const findings: FieldFinding[] = findPersonalDataInEntry(entry);
  return findings.length ? { file, line, findings } : undefined;
}

// "dòng 3, trường answer: số điện thoại 0912 *** ***", one line of output each (the first hundred).
export function refusePersonalData(file: string, lines: LineFindings[]): never {
  const all = lines.flatMap((l) => l.findings.map((f) => ({ line: l.line, f })));
  for (const { line, f } of all.slice(0, 100)) {
    console.error(`${file}: dòng ${line}, trường ${f.field}: ${PII_KIND_LABELS[f.kind].toLowerCase()} ${maskPersonalData(f)}`);
  }
  if (all.length > 100) console.error(`… và ${all.length - 100} chỗ khác`);
  throw new CliError(
    `kb:import: ${all.length} chỗ có thể là dữ liệu cá nhân ở ${lines.length} dòng; không nhập dòng nào của tệp. ` +
      `Xin lược bỏ rồi nhập lại; chỉ khi đã kiểm tra và chấp nhận đăng, chạy lại với ${ALLOW_FLAG} (việc này được ghi vào nhật ký).`,
  );
}
