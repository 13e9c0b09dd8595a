// Người hỏi: the officers' accounts matching what the team member typed, to pick the one on the line.
// The whole page renders it under the search field; htmx swaps it alone as they type.
import type { CallerAccount } from "../../src/model.js";
import { withRank } from "./channel.js";

export function CallerMatches(props: { query: string; matches: CallerAccount[]; picked?: string }) {
  const picked = props.picked ?? "";
  return (
    <fieldset id="caller-matches" class="caller-matches" aria-live="polite">
      <legend>Tài khoản của người hỏi</legend>
      <label class="caller-match">
        <input type="radio" name="caller_username" value="" checked={!props.matches.some((m) => m.username === picked)} />
        <span>Không có tài khoản (hoặc chưa tìm thấy): ghi họ tên, đơn vị, số điện thoại bên dưới</span>
      </label>
      {props.matches.map((m) => (
        <label class="caller-match">
          <input type="radio" name="caller_username" value={m.username} checked={m.username === picked} />
          <span>
            <strong>{withRank(m.rank, m.name)}</strong>
            {m.unitName && <> · {m.unitName}</>} <span class="muted">({m.username})</span>
          </span>
        </label>
      ))}
      {props.query.trim() && props.matches.length === 0 && (
        <p class="muted caller-matches__none">Không có tài khoản cán bộ nào khớp với “{props.query}”.</p>
      )}
    </fieldset>
  );
}
