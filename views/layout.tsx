import type { CurrentUser } from "../src/model.js";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { can, type Action } from "../src/auth/permissions.js";
import { BellSlot } from "./partials/bell.js";
import { currentHotlines, HotlineList } from "./partials/hotlines.js";
import { viewerOrNull } from "./viewer.js";

function HotlineFooter() {
  const list = currentHotlines();
  return list.length > 0 ? <p class="site-footer__hotlines">Đường dây nóng: <HotlineList list={list} /></p> : null;
}

export const APP_NAME = "Đồng chí hỏi – Chúng tôi trả lời";

interface NavItem {
  href: string;
  label: string;
  action: Action;
  count?: string; // a fragment with a number for beside the label, refreshed like the bell
}

// Navigation by role: a link shows only when the permission table allows its page.
const NAV: NavItem[] = [
  { href: "/questions/new", label: "Đặt câu hỏi", action: "question.ask" },
  { href: "/queue", label: "Hàng đợi", action: "queue.view" },
  { href: "/handover", label: "Bàn giao ca", action: "duty.view" },
  { href: "/duty", label: "Lịch trực", action: "duty.view" },
  { href: "/calls/new", label: "Tiếp nhận", action: "question.answer" }, // calls and the other channels
  { href: "/questions", label: "Câu hỏi", action: "question.see_all" },
  { href: "/ratings", label: "Đánh giá", action: "ratings.view" },
  { href: "/kb", label: "Tra cứu", action: "kb.read" },
  { href: "/regulations", label: "Văn bản", action: "kb.read" },
  { href: "/review", label: "Duyệt hỏi – đáp", action: "kb.curate" },
  { href: "/consultations", label: "Xin ý kiến", action: "consultation.answer", count: "/consultations/count" },
  { href: "/dashboard", label: "Tổng quan", action: "dashboard.view" },
  { href: "/reports", label: "Báo cáo", action: "reports.export" },
  { href: "/audit", label: "Nhật ký", action: "audit.view" },
  { href: "/admin/users", label: "Tài khoản", action: "users.manage" },
  { href: "/admin/calendar", label: "Lịch làm việc", action: "calendar.manage" },
  { href: "/admin/settings", label: "Cài đặt", action: "settings.manage" },
];

function navFor(user: CurrentUser): NavItem[] {
  const items = NAV.filter((n) => can(user.roles, n.action));
  // Officers don't see all questions, but they have their own list.
  if (can(user.roles, "question.ask") && !can(user.roles, "question.see_all")) {
    items.splice(1, 0, { href: "/questions", label: "Câu hỏi của tôi", action: "question.ask" });
  }
  // The command reads the hand-over records without working the shifts itself.
  if (can(user.roles, "handover.view") && !can(user.roles, "duty.view")) {
    items.push({ href: "/handover/history", label: "Bàn giao ca", action: "handover.view" });
  }
  return items;
}

// The one constant raw() outside renderMarkdown: without a doctype browsers render in quirks mode.
function Doctype() {
  return raw("<!DOCTYPE html>");
}

// A standalone page for printing (an entry sheet, the monthly report): no navigation, no scripts,
// the app's stylesheet plus the page's own print stylesheet.
export function PrintDocument(props: { title: string; stylesheet: string; bodyClass: string; children: Child }) {
  return (
    <>
      <Doctype />
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{props.title}</title>
          <link rel="stylesheet" href="/static/css/app.css" />
          <link rel="stylesheet" href={props.stylesheet} />
          <link rel="icon" href="/static/icons/favicon.svg" type="image/svg+xml" />
        </head>
        <body class={props.bodyClass}>{props.children}</body>
      </html>
    </>
  );
}

export function Layout(props: {
  title: string;
  guest?: boolean; // the login form: no account, no navigation, even to a browser still signed in
  path?: string;
  liveQuestionId?: number; // a question page also hears about changes to that question
  children: Child;
}) {
  const { path = "" } = props;
  const user = props.guest ? null : viewerOrNull();
  // Signed-in pages keep one event stream open (htmx sse extension); elements inside <body> refresh
  // themselves with hx-trigger="sse:EVENT". A password that must change first gets no stream.
  const live = !!user && !user.mustChangePassword;
  const eventsUrl = props.liveQuestionId ? `/events?question=${props.liveQuestionId}` : "/events";
  return (
    <>
      <Doctype />
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* htmx must not write inline styles (indicators, or copying "style" when settling a swap): the CSP forbids them. */}
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"attributesToSettle":["class","width","height"]}' />
        <title>{`${props.title} · ${APP_NAME}`}</title>
        <link rel="stylesheet" href="/static/css/app.css" />
        <link rel="icon" href="/static/icons/favicon.svg" type="image/svg+xml" />
        <script src="/static/vendor/htmx.min.js" defer></script>
        {live && <script src="/static/vendor/htmx-sse.js" defer></script>}
        <script src="/static/js/app.js" defer></script>
      </head>
      <body hx-ext={live ? "sse" : undefined} sse-connect={live ? eventsUrl : undefined}>
        <a class="skip-link" href="#main">Bỏ qua, tới nội dung chính</a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="brand" href="/">
              <img src="/static/icons/logo.svg" alt="" width="32" height="32" />
              <span class="brand__text">
                <span class="brand__name">{APP_NAME}</span>
                <span class="brand__sub">Phòng Hồ sơ nghiệp vụ</span>
              </span>
            </a>
            {user && (
              <div class="account">
                {live && <BellSlot />}
                <span class="account__name">
                  {user.rank ? `${user.rank} ` : ""}
                  {user.name}
                </span>
                <form method="post" action="/logout" class="inline">
                  <button type="submit" class="button button--ghost button--small">
                    Đăng xuất
                  </button>
                </form>
              </div>
            )}
          </div>
          {user && !user.mustChangePassword && (
            <nav class="site-nav" aria-label="Điều hướng chính">
              <ul>
                {navFor(user).map((n) => (
                  <li>
                    <a href={n.href} aria-current={path === n.href ? "page" : undefined}>
                      {n.label}
                      {live && n.count && <span hx-get={n.count} hx-trigger="sse:ready, sse:notifications" hx-swap="innerHTML"></span>}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="main" class="page">
          {props.children}
        </main>
        <footer class="site-footer">
          <p>“Hỏi trực tiếp – Trả lời ngay” · Câu hỏi cần nghiên cứu được trả lời chậm nhất trong 24 giờ làm việc.</p>
          <HotlineFooter />
        </footer>
      </body>
    </html>
    </>
  );
}
