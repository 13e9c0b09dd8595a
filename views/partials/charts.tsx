// Charts drawn on the server as inline SVG: no script, no inline style (the CSP forbids both), only
// presentation attributes. The viewBox is sized for a 390 px phone; CSS scales it to the column.
// Each chart is followed by the same numbers as a table ("Xem dạng bảng") for screen readers and print.
import type { Child } from "hono/jsx";

interface Series {
  name: string;
  values: (number | null)[];
  colour: string; // ≥ 3:1 against white (WCAG 1.4.11)
}

interface ChartProps {
  id: string;
  title: string;
  description: string;
  labels: string[]; // one per x position (short: "16/11")
  series: Series[];
  xLabel: string;
  yLabel: string;
  table: Child; // the <table> shown under "Xem dạng bảng"
}

const W = 340;
const H = 256;
const M = { top: 34, right: 10, bottom: 52, left: 50 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
const AXIS = "#55606e";
const GRID = "#d8dee6";

/** A round maximum and step for the y axis: 1, 2 or 5 × 10^k, at most five steps. */
function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 5, step: 1 };
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw)!;
  const whole = Math.max(1, step);
  return { max: Math.ceil(max / whole) * whole, step: whole };
}

const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 1 });

function Frame(props: ChartProps & { yMax: number; yStep: number; ySuffix: string; children: Child }) {
  const y = (v: number) => M.top + PH - (v / props.yMax) * PH;
  const ticks: number[] = [];
  for (let v = 0; v <= props.yMax + 1e-9; v += props.yStep) ticks.push(v);
  const n = props.labels.length;
  // About seven date labels stay readable on a phone; counted from the last, which always shows.
  const every = n > 8 ? Math.ceil(n / 7) : 1;
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <figure class="chart" id={props.id}>
      <figcaption class="chart__title">{props.title}</figcaption>
      <svg class="chart__svg" viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} font-size="13">
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        {props.series.map((s, i) => (
          <g>
            <rect x={M.left + i * 130} y={8} width={13} height={13} rx={2} fill={s.colour} />
            <text x={M.left + i * 130 + 18} y={19} fill="#1b2430">
              {s.name}
            </text>
          </g>
        ))}
        {ticks.map((v) => (
          <g>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke={GRID} stroke-width={1} />
            <text x={M.left - 5} y={y(v) + 4} text-anchor="end" fill={AXIS} font-size="12">
              {fmt(v)}
              {props.ySuffix}
            </text>
          </g>
        ))}
        {props.children}
        <line x1={M.left} x2={W - M.right} y1={M.top + PH} y2={M.top + PH} stroke={AXIS} stroke-width={1} />
        {props.labels.map((l, i) =>
          (n - 1 - i) % every === 0 ? (
            <text x={M.left + (i + 0.5) * (PW / n)} y={M.top + PH + 17} text-anchor="middle" fill={AXIS} font-size="12">
              {l}
            </text>
          ) : null,
        )}
        <text x={M.left + PW / 2} y={H - 8} text-anchor="middle" fill={AXIS}>
          {props.xLabel}
        </text>
        <text x={10} y={M.top + PH / 2} text-anchor="middle" fill={AXIS} transform={`rotate(-90 10 ${M.top + PH / 2})`}>
          {props.yLabel}
        </text>
      </svg>
      <details class="chart__table">
        <summary>Xem dạng bảng</summary>
        <div class="table-wrap">{props.table}</div>
      </details>
    </figure>
  );
}

/** Grouped bars: one group per label, one bar per series. */
export function BarChart(props: ChartProps) {
  const max = Math.max(0, ...props.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const scale = niceScale(max);
  const n = props.labels.length;
  const slot = PW / Math.max(1, n);
  const bar = Math.max(2, (slot * 0.8) / props.series.length);
  const y = (v: number) => M.top + PH - (v / scale.max) * PH;
  return (
    <Frame {...props} yMax={scale.max} yStep={scale.step} ySuffix="">
      {props.series.map((s, si) =>
        s.values.map((v, i) =>
          v ? (
            <rect x={M.left + i * slot + slot * 0.1 + si * bar} y={y(v)} width={bar - 1} height={M.top + PH - y(v)} fill={s.colour}>
              <title>{`${props.labels[i]}: ${s.name} ${fmt(v)}`}</title>
            </rect>
          ) : null,
        ),
      )}
    </Frame>
  );
}

/** Lines over 0–100 %; a missing value (nothing to measure that week) breaks the line. */
export function PercentLineChart(props: ChartProps) {
  const n = props.labels.length;
  const x = (i: number) => M.left + (i + 0.5) * (PW / Math.max(1, n));
  const y = (v: number) => M.top + PH - (v / 100) * PH;
  return (
    <Frame {...props} yMax={100} yStep={25} ySuffix="%">
      {props.series.map((s) => {
        let d = "";
        s.values.forEach((v, i) => {
          if (v === null) return;
          d += `${i > 0 && s.values[i - 1] !== null ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
        });
        return (
          <g>
            {d && <path d={d.trim()} fill="none" stroke={s.colour} stroke-width={2.5} stroke-linejoin="round" />}
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle cx={x(i)} cy={y(v)} r={3.5} fill="#ffffff" stroke={s.colour} stroke-width={2}>
                  <title>{`${props.labels[i]}: ${s.name} ${fmt(v)}%`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
    </Frame>
  );
}
