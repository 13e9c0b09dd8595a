// Form pieces that keep what the user typed and show the message next to the field.
import type { Child } from "hono/jsx";

export type FieldErrors = Record<string, string | undefined>;

export function ErrorSummary(props: { errors?: FieldErrors; message?: string }) {
  const messages = [props.message, ...Object.values(props.errors ?? {})].filter(Boolean);
  if (messages.length === 0) return null;
  return (
    <div class="alert alert--error" role="alert">
      <p>
        <strong>Chưa gửi được, xin đồng chí kiểm tra lại:</strong>
      </p>
      <ul>
        {messages.map((m) => (
          <li>{m}</li>
        ))}
      </ul>
    </div>
  );
}

export function Field(props: { id: string; label: string; error?: string; hint?: string; children: Child }) {
  return (
    <div class={`field${props.error ? " field--invalid" : ""}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children}
      {props.error && (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

// aria-describedby for an input: its hint and its error, when present.
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}
