// Tiếp nhận: the answer team logs a question that came by phone or another channel (Zalo, iHanoi, the
// public-service portal, a công văn), with the caller picked from the accounts or typed.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { NotFound } from "../domain/errors.js";
import { checkReceivedAt, isPhoneNumber, MAX_CALL_MINUTES, MAX_LOGGED_LATE_DAYS, parseLocalDateTime } from "../domain/intake.js";
import { loadCalendar } from "../services/calendar.js";
import { callerByUsername, searchCallers } from "../services/callers.js";
import { logCall } from "../services/calls.js";
import { activeCategories } from "../services/question-queries.js";
import { listUnits } from "../services/users.js";
import { CallPage } from "../../views/pages/call.js";
import { CallerMatches } from "../../views/partials/caller-picker.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { queryId, queryText, validQuery } from "./request.js";
import { multilineText, requiredText, textValues, validForm } from "./validation.js";

export const callRoutes = new Hono<AuthedEnv>();
callRoutes.use(requirePermission("question.answer"));

type Values = Record<string, string>;

// The accounts to offer: those matching the search, and the one already picked (kept after a refusal).
function callerChoices(c: Context<AuthedEnv>, values: Values) {
  const db = c.get("deps").db;
  const matches = searchCallers(db, values.caller_q ?? "");
  const picked = values.caller_username ? callerByUsername(db, values.caller_username) : undefined;
  return picked && !matches.some((m) => m.id === picked.id) ? [picked, ...matches] : matches;
}

function page(c: Context<AuthedEnv>, extra: { values?: Values; errors?: FieldErrors; logged?: { id: number; answered: boolean } } = {}, status: 200 | 422 = 200) {
  const db = c.get("deps").db;
  const values = extra.values ?? {};
  return c.html(
    <CallPage categories={activeCategories(db)} units={listUnits(db)} callers={callerChoices(c, values)} now={c.get("deps").clock()} {...extra} />,
    status,
  );
}

callRoutes.get("/new", validQuery({ logged: queryId, answered: queryText }), (c) => {
  const { logged, answered } = c.req.valid("query");
  return page(c, logged ? { logged: { id: logged, answered: answered === "1" } } : {});
});

// As one types a name (htmx): the matching accounts, to pick one.
callRoutes.get("/callers", validQuery({ caller_q: queryText, caller_username: queryText }), (c) => {
  const q = c.req.valid("query");
  const values = { caller_q: q.caller_q ?? "", caller_username: q.caller_username ?? "" };
  return c.html(<CallerMatches query={values.caller_q} matches={callerChoices(c, values)} picked={values.caller_username} />);
});

// Without JavaScript, "Tìm" posts the whole form here: it comes back as typed, with the matches.
callRoutes.post("/lookup", async (c) => page(c, { values: textValues(await c.req.parseBody()) }));

const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label} dài quá ${max} ký tự.`).optional();

const callForm = z
  .object({
    channel: z.enum(["phone", "zalo", "ihanoi", "public_portal", "letter"], { error: "Xin chọn kênh tiếp nhận." }).default("phone"),
    caller_q: z.string().max(100).optional(), // the search, kept so a refused form shows the same matches
    caller_username: z.string().trim().max(50).optional(),
    caller: optionalText("Họ tên người hỏi", 150),
    caller_rank: optionalText("Cấp bậc", 50),
    caller_phone: optionalText("Số điện thoại", 30).refine((v) => !v || isPhoneNumber(v), "Số điện thoại chưa đúng: cần 8 đến 15 chữ số."),
    unit: optionalText("Tên đơn vị", 150),
    called_at: z.string().trim().max(30).optional(),
    duration: z
      .string()
      .trim()
      .regex(/^\d*$/, "Thời lượng cuộc gọi ghi bằng số phút.")
      .refine((v) => v === "" || Number(v) <= MAX_CALL_MINUTES, `Thời lượng cuộc gọi tối đa ${MAX_CALL_MINUTES} phút.`)
      .optional(),
    channel_ref: optionalText("Số văn bản / mã hồ sơ", 100),
    category: z.coerce.number({ error: "Xin chọn lĩnh vực." }).int().positive("Xin chọn lĩnh vực."),
    title: requiredText("câu hỏi (tóm tắt)", 200, 5),
    body: multilineText("nội dung câu hỏi", 20000, 5),
    answer: z.string().trim().max(50000, "Nội dung trả lời dài quá.").optional(),
    outcome: z.enum(["answered", "question"]).default("question"),
  })
  .refine((f) => f.outcome !== "answered" || (f.answer ?? "").length >= 2, {
    path: ["answer"],
    message: "Xin ghi nội dung đã trả lời ngay.",
  });

// Rules across fields, checked on what was typed even when zod refused something else, so one
// submission shows every problem.
function crossFieldErrors(v: Values, now: Date, timeZone: string): { errors: FieldErrors; receivedAt: Date } {
  const errors: FieldErrors = {};
  const account = !!v.caller_username?.trim();
  if (!account && (v.caller ?? "").trim().length < 2) errors.caller = "Xin ghi họ tên người hỏi, hoặc tìm và chọn tài khoản của họ.";
  // Without an account the answer reaches them only by a call back (Zalo goes by phone number too).
  const callsBack = !account && v.outcome !== "answered" && ["phone", "zalo"].includes(v.channel || "phone");
  if (callsBack && !(v.caller_phone ?? "").trim()) errors.caller_phone = "Xin ghi số điện thoại để gọi lại báo kết quả.";
  let receivedAt = now;
  const typed = (v.called_at ?? "").trim();
  if (typed) {
    const t = parseLocalDateTime(typed, timeZone);
    const problem = t ? checkReceivedAt(t, now) : null;
    if (!t) errors.called_at = "Thời điểm nhận chưa đúng (ngày, giờ:phút).";
    else if (problem === "future") errors.called_at = "Thời điểm nhận không thể sau thời điểm hiện tại.";
    else if (problem === "too_old") errors.called_at = `Chỉ ghi được câu hỏi nhận trong ${MAX_LOGGED_LATE_DAYS} ngày qua.`;
    else receivedAt = t;
  }
  return { errors, receivedAt };
}

const refused = (c: Context<AuthedEnv>, values: Values, errors: FieldErrors) => page(c, { values, errors }, 422);

callRoutes.post(
  "/",
  validForm(callForm, (c, raw, errors) => {
    const values = textValues(raw);
    const more = crossFieldErrors(values, c.get("deps").clock(), c.get("deps").config.timeZone).errors;
    return refused(c, values, { ...more, ...errors });
  }),
  (c) => {
    const f = c.req.valid("form");
    const { db, clock, config } = c.get("deps");
    const now = clock();
    const values = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, String(v ?? "")]));
    const checked = crossFieldErrors(values, now, config.timeZone);
    if (Object.keys(checked.errors).length > 0) return refused(c, values, checked.errors);
    const answered = f.outcome === "answered";
    try {
      const id = logCall(
        db,
        c.get("user"),
        {
          channel: f.channel,
          callerUsername: f.caller_username || undefined,
          callerName: f.caller || undefined,
          callerRank: f.caller_rank || undefined,
          callerPhone: f.caller_phone || undefined,
          unit: f.unit || undefined,
          receivedAt: checked.receivedAt,
          callMinutes: f.duration ? Number(f.duration) : undefined,
          channelRef: f.channel_ref || undefined,
          title: f.title,
          body: f.body,
          categoryId: f.category,
          answer: answered ? f.answer!.replace(/\r\n?/g, "\n") : undefined,
        },
        now,
        loadCalendar(db, config.timeZone),
      );
      return c.redirect(`/calls/new?logged=${id}&answered=${answered ? 1 : 0}`, 303);
    } catch (e) {
      if (!(e instanceof NotFound) || (e.what !== "caller" && e.what !== "category")) throw e;
      const errors: FieldErrors = e.what === "caller" ? { caller_username: "Không có tài khoản cán bộ đơn vị với tên đăng nhập này." } : { category: "Lĩnh vực không hợp lệ, xin chọn lại." };
      return refused(c, values, errors);
    }
  },
);
