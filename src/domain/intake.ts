// Tiếp nhận: the rules for a question the team logs from a call or another channel. Pure: the
// clock and the time zone come in as arguments.
import { TZDate } from "@date-fns/tz";

// A call may be logged afterwards (after a busy shift, a công văn read the next morning), but not
// so long after that the deadline it starts from means nothing any more.
export const MAX_LOGGED_LATE_DAYS = 30;
// Two clocks (the answerer's phone, the server) may disagree by a few minutes.
const CLOCK_SKEW_MS = 5 * 60_000;
export const MAX_CALL_MINUTES = 600;

// "2026-11-24T09:05" (an <input type="datetime-local"> value) read as wall-clock time in `timeZone`.
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const t = new TZDate(y, mo - 1, d, h, mi, timeZone);
  // No 31 November: TZDate would roll it over into December.
  if (t.getMonth() !== mo - 1 || t.getDate() !== d) return null;
  return new Date(t.getTime());
}

type ReceivedAtProblem = "future" | "too_old";

export function checkReceivedAt(receivedAt: Date, now: Date): ReceivedAtProblem | null {
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return "future";
  if (now.getTime() - receivedAt.getTime() > MAX_LOGGED_LATE_DAYS * 86_400_000) return "too_old";
  return null;
}

// A Vietnamese phone number as people write it ("0912 345 678", "069.234.5678", "+84 912…"):
// kept as written (it is read back to a person), accepted when it holds 8 to 15 digits.
export function isPhoneNumber(s: string): boolean {
  if (!/^\+?[\d\s.\-()]+$/.test(s)) return false;
  const digits = s.replace(/\D/g, "").length;
  return digits >= 8 && digits <= 15;
}
