// The desk's hotline numbers wherever an officer may want to call instead of writing: the footer of
// every page, the ask page, the printed sheets. They come from the admin's settings through the
// request's render context (../render-context.ts), so no page has to pass them along.
import type { Hotline } from "../../src/model.js";
import { renderContext } from "../render-context.js";

export function currentHotlines(): Hotline[] {
  return renderContext()?.hotlines() ?? [];
}

// "tel:" wants digits and a leading +: "069.234.5678" → "0692345678".
export const dial = (number: string) => number.replace(/[^\d+]/g, "");

export function HotlineList(props: { list: Hotline[]; class?: string }) {
  if (props.list.length === 0) return null;
  return (
    <span class={props.class}>
      {props.list.map((h, i) => (
        <>
          {i > 0 && " · "}
          {h.label}: <a href={`tel:${dial(h.number)}`}>{h.number}</a>
        </>
      ))}
    </span>
  );
}

// For the ask page: a call is quicker when the answer is needed now.
export function CallUsNotice() {
  const list = currentHotlines();
  if (list.length === 0) return null;
  return (
    <aside class="alert alert--info hotline-notice" aria-label="Đường dây nóng">
      <p>
        <strong>Cần trả lời ngay?</strong> Gọi đường dây nóng “Hỏi trực tiếp – Trả lời ngay”: <HotlineList list={list} />
      </p>
    </aside>
  );
}
