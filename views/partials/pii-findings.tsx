// What the personal-data guard found, listed and highlighted in context, so the advisor can strip it
// or, having checked, waive it. The waiver control comes in as children (it belongs to a form).
import type { Child } from "hono/jsx";
import { PII_KIND_LABELS, type EntryField, type FieldFinding } from "../../src/domain/pii.js";

const FIELD_LABELS: Record<EntryField, string> = { title: "Tiêu đề", question: "Câu hỏi", answer: "Trả lời" };

const CONTEXT = 60; // characters shown either side of a finding

type Piece = { text: string; marked: boolean } | { gap: true };

// The parts of a text around its findings: findings marked, nearby text plain, the rest elided.
function excerpt(text: string, findings: FieldFinding[]): Piece[] {
  const windows: [number, number][] = [];
  for (const f of findings) {
    const from = Math.max(0, f.index - CONTEXT);
    const to = Math.min(text.length, f.index + f.match.length + CONTEXT);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const pieces: Piece[] = [];
  for (const [from, to] of windows) {
    if (from > 0) pieces.push({ gap: true });
    let at = from;
    for (const f of findings.filter((x) => x.index >= from && x.index < to)) {
      if (f.index < at) continue; // overlaps the previous finding
      pieces.push({ text: text.slice(at, f.index), marked: false }, { text: f.match, marked: true });
      at = f.index + f.match.length;
    }
    pieces.push({ text: text.slice(at, to), marked: false });
  }
  if (windows.length && windows.at(-1)![1] < text.length) pieces.push({ gap: true });
  return pieces;
}

export function PiiFindings(props: { findings: FieldFinding[]; texts: Record<EntryField, string>; blocking: boolean; children?: Child }) {
  const fields = (["title", "question", "answer"] as const).filter((field) => props.findings.some((f) => f.field === field));
  return (
    <section class={`pii ${props.blocking ? "pii--blocking" : ""}`} role={props.blocking ? "alert" : undefined} aria-labelledby="pii-title" id="pii">
      <h2 id="pii-title">{props.blocking ? "Chưa đăng được: nội dung có thể chứa dữ liệu cá nhân" : "Lưu ý: nội dung có thể chứa dữ liệu cá nhân"}</h2>
      <p>
        Xin lược bỏ hoặc thay bằng cách gọi chung (ví dụ “ông A”, “số điện thoại của người hỏi”) trước khi đăng. Chỉ bỏ qua cảnh báo khi đã kiểm tra và chắc chắn
        đó không phải thông tin của một người cụ thể.
      </p>
      <ul class="pii__list">
        {props.findings.map((f) => (
          <li>
            <strong>{PII_KIND_LABELS[f.kind]}</strong>: <mark>{f.match}</mark> <span class="muted">— {FIELD_LABELS[f.field].toLowerCase()}</span>
          </li>
        ))}
      </ul>
      {fields.map((field) => (
        <div class="pii__context">
          <h3>{FIELD_LABELS[field]}</h3>
          <p class="pii__excerpt">
            {excerpt(
              props.texts[field],
              props.findings.filter((f) => f.field === field),
            ).map((p) => ("gap" in p ? <span class="muted">…</span> : p.marked ? <mark>{p.text}</mark> : p.text))}
          </p>
        </div>
      ))}
      {props.children}
    </section>
  );
}

export function WaiverCheckbox() {
  return (
    <label class="pii__waive">
      <input type="checkbox" name="waive_pii" value="1" /> Tôi đã kiểm tra: các thông tin trên không phải dữ liệu cá nhân cần lược bỏ. Vẫn đăng (việc bỏ qua được ghi vào
      nhật ký).
    </label>
  );
}
