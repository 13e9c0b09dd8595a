// How the overview's numbers read in Vietnamese: "83,3%", "4,5/5", "13 giờ 20 phút", period titles.
import type { ChosenPeriod, Satisfaction } from "../../src/model.js";
import { duration } from "../format.js";

export const number1 = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 1 });

export const percent = (rate: number | null) => (rate === null ? "—" : `${number1(rate * 100)}%`);

/** Working minutes as hours and minutes; figures below a minute still read "0 phút", none "—". */
export const workTime = (minutes: number | null) => (minutes === null ? "—" : duration(Math.round(minutes)));

export const score = (s: Satisfaction) => (s.average === null ? "—" : `${number1(s.average)}/5`);

/** "2026-11-16" → "16/11/2026" (or "16/11" short), without any time-zone shift. */
export function localDay(date: string, short = false): string {
  const [y, m, d] = date.split("-");
  return short ? `${d}/${m}` : `${d}/${m}/${y}`;
}

export function periodTitle(p: ChosenPeriod): string {
  const range = `${localDay(p.firstDay)} – ${localDay(p.lastDay)}`;
  const month = `${p.firstDay.slice(5, 7)}/${p.firstDay.slice(0, 4)}`;
  switch (p.kind) {
    case "week":
      return `Tuần này (${range})`;
    case "month":
      return `Tháng ${month}`;
    case "last_month":
      return `Tháng trước (${month})`;
    case "custom":
      return `Từ ${localDay(p.firstDay)} đến ${localDay(p.lastDay)}`;
  }
}

export function Rated(props: { s: Satisfaction }) {
  return (
    <>
      {score(props.s)}
      {props.s.count > 0 && <span class="muted"> ({props.s.count} lượt)</span>}
    </>
  );
}
