// The notification bell in the header. The slot stays in the page and listens to the event stream
// (Layout's sse-connect): on "notifications", and on "ready", i.e. every (re)connect, so what came
// while the stream was down is counted too, it fetches the link (GET /notifications/bell) and swaps
// it inside itself. The slot must not replace itself (outerHTML): a request queued behind one in
// flight would then run on the removed element and be dropped, and the new element would not
// listen until htmx settles it, so a count could stay stale.
export function BellSlot() {
  return (
    <span
      id="notification-bell"
      class="bell-slot"
      hx-get="/notifications/bell"
      hx-trigger="sse:ready, sse:notifications"
      hx-swap="innerHTML"
    >
      <Bell />
    </span>
  );
}

// `count` is unknown when the layout renders (the layout has no database); the first "ready" fills it in.
// The name starts with the words shown, "Thông báo 3", as they stand (no colon between them): a
// speech user says what they see, and the label-in-name check compares word for word.
export function Bell(props: { count?: number }) {
  const { count } = props;
  return (
    <a
      class={count ? "bell bell--unread" : "bell"}
      href="/notifications"
      aria-label={count === undefined ? undefined : `Thông báo ${count} chưa đọc`}
    >
      <svg class="bell__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span class="bell__label">Thông báo</span>
      {count !== undefined && (
        <span class="bell__badge" aria-hidden="true">
          {count}
        </span>
      )}
    </a>
  );
}
