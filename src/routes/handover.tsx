// Bàn giao ca: at the end of a shift, everything still open, grouped by urgency, and who is on duty
// today and next, so the work of the day goes to the next shift instead of piling up. The member's
// own view is also the hand-over form: one POST records the hand-over and moves the questions.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { Conflict } from "../domain/errors.js";
import { HandoverStale, type PickedQuestion } from "../domain/handover.js";
import { OPEN_STATUSES } from "../domain/workflow.js";
import type { QuestionStatus, StaleQuestion } from "../model.js";
import { loadCalendar } from "../services/calendar.js";
import { currentShifts, handoverGroups } from "../services/duty.js";
import { getHandover, handoverHistory, pendingHandovers } from "../services/handover-queries.js";
import { acknowledgeHandover, giveHandover } from "../services/handovers.js";
import { teamMembers } from "../services/question-queries.js";
import { HandoverPage } from "../../views/pages/handover.js";
import { HandoverHistoryPage } from "../../views/pages/handover-history.js";
import { HandoverPrintPage } from "../../views/pages/handover-print.js";
import { HandoverRecordPage } from "../../views/pages/handover-record.js";
import type { HandoverFormValues } from "../../views/partials/handover-form.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { pathId, queryId, queryText, validQuery } from "./request.js";
import { asList, validForm, type RawForm } from "./validation.js";

export const handoverRoutes = new Hono<AuthedEnv>();

interface FormExtra {
  values?: HandoverFormValues;
  errors?: FieldErrors;
  stale?: StaleQuestion[];
}

// `all`: the whole team's open work (?all=1), read only; a refused form always comes back as one's own.
function page(c: Context<AuthedEnv>, extra: FormExtra = {}, status: 200 | 409 | 422 = 200, all = false) {
  const { db, clock, config } = c.get("deps");
  const user = c.get("user");
  const now = clock();
  const cal = loadCalendar(db, config.timeZone);
  const shifts = currentShifts(db, cal, now);
  const team = teamMembers(db).filter((m) => m.id !== user.id);
  const nextShift = (shifts.next?.members ?? []).map((m) => m.id).filter((id) => id !== user.id);
  const values = extra.values ?? { note: "", incoming: nextShift.map(String), picked: null, toOf: {} };
  return c.html(
    <HandoverPage
      all={all}
      now={now}
      groups={handoverGroups(db, cal, now, all ? null : user.id)}
      shifts={shifts}
      pending={pendingHandovers(db, user.id)}
      form={all ? null : { team, nextShift, values, errors: extra.errors ?? {}, stale: extra.stale ?? [] }}
    />,
    status,
  );
}

handoverRoutes.get("/", requirePermission("duty.view"), validQuery({ all: queryText }), (c) => page(c, {}, 200, c.req.valid("query").all === "1"));

const ids = (message: string) => z.preprocess(asList, z.array(z.coerce.number({ error: message }).int(message).positive(message)));
const OPEN = OPEN_STATUSES.join("|");
const PICK = new RegExp(`^(\\d+):(${OPEN})$`);

const handoverForm = z
  .object({
    note: z
      .string()
      .trim()
      .max(10_000, "Nội dung bàn giao dài quá 10000 ký tự.")
      .optional()
      .default("")
      .transform((s) => s.replace(/\r\n?/g, "\n")),
    incoming: ids("Người nhận bàn giao không hợp lệ, xin chọn lại."),
    question: z.preprocess(asList, z.array(z.string().regex(PICK, "Danh sách câu hỏi gửi lên không hợp lệ, xin tải lại trang."))),
  })
  .catchall(z.unknown()); // to_<question id>: who takes that question

function valuesOf(raw: RawForm): HandoverFormValues {
  // Raw input holds strings; the validated form numbers: both come back as the form's strings.
  const strings = (v: unknown) => asList(v).flatMap((x) => (typeof x === "string" || typeof x === "number" ? [String(x)] : []));
  const toOf: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (k.startsWith("to_") && typeof v === "string") toOf[k.slice(3)] = v;
  return {
    note: strings(raw.note)[0] ?? "",
    incoming: strings(raw.incoming),
    picked: strings(raw.question).map((p) => p.split(":")[0]!),
    toOf,
  };
}

function pickedOf(questions: string[], values: HandoverFormValues): PickedQuestion[] {
  return questions.map((p) => {
    const [, id, status] = PICK.exec(p)!;
    const to = Number(values.toOf[id!] ?? "");
    return { questionId: Number(id), seenStatus: status as QuestionStatus, toUserId: Number.isSafeInteger(to) && to > 0 ? to : null };
  });
}

// Refusals of the input as a whole, said next to the field they concern.
const INPUT_ERRORS: Record<string, [string, string]> = {
  handover_no_recipient: ["incoming", "Xin chọn người nhận bàn giao."],
  handover_to_self: ["incoming", "Không thể bàn giao cho chính mình; xin chọn đồng chí khác."],
  handover_not_team_member: ["incoming", "Người nhận phải là thành viên Tổ giải đáp đang hoạt động."],
  handover_empty: ["note", "Xin chọn ít nhất một câu hỏi hoặc ghi nội dung bàn giao."],
};

handoverRoutes.post(
  "/",
  requirePermission("handover.give"),
  validForm(handoverForm, (c, raw, errors) => page(c, { values: valuesOf(raw), errors }, 422)),
  (c) => {
    const { db, clock, config } = c.get("deps");
    const form = c.req.valid("form");
    const values = valuesOf(form as RawForm);
    const input = { note: form.note, incoming: form.incoming, picked: pickedOf(form.question, values) };
    try {
      const id = giveHandover(db, c.get("user"), input, clock(), loadCalendar(db, config.timeZone));
      // Its own fragment, or the browser keeps the form's "#handover-give" on the record's address.
      return c.redirect(`/handover/${id}?done=given#main`, 303);
    } catch (e) {
      if (e instanceof HandoverStale) return page(c, { values, stale: e.stale }, 409);
      const known = e instanceof Conflict ? INPUT_ERRORS[e.code] : undefined;
      if (!known) throw e;
      return page(c, { values, errors: { [known[0]]: known[1] } }, 422);
    }
  },
);


handoverRoutes.get("/history", requirePermission("handover.view"), validQuery({ page: queryId }), (c) => {
  const history = handoverHistory(c.get("deps").db, c.get("user"), c.req.valid("query").page ?? 1);
  return c.html(<HandoverHistoryPage {...history} />);
});

const handoverId = pathId("handover");

const NOTICES: Record<string, string> = {
  given: "Đã bàn giao. Người nhận đã được thông báo; biên bản chờ họ xác nhận đã nhận.",
  acknowledged: "Đồng chí đã xác nhận nhận bàn giao.",
};

handoverRoutes.get("/:id{[0-9]+}", requirePermission("handover.view"), handoverId, validQuery({ done: queryText }), (c) => {
  const record = getHandover(c.get("deps").db, c.get("user"), c.req.valid("param").id);
  return c.html(<HandoverRecordPage record={record} notice={NOTICES[c.req.valid("query").done ?? ""]} />);
});

handoverRoutes.get("/:id{[0-9]+}/print", requirePermission("handover.view"), handoverId, (c) => {
  const { db, config } = c.get("deps");
  return c.html(<HandoverPrintPage record={getHandover(db, c.get("user"), c.req.valid("param").id)} header={config.report} />);
});

// Acknowledging again changes nothing: the same page comes back.
handoverRoutes.post("/:id{[0-9]+}/acknowledge", requirePermission("handover.receive"), handoverId, (c) => {
  const id = c.req.valid("param").id;
  acknowledgeHandover(c.get("deps").db, c.get("user"), id, c.get("deps").clock());
  return c.redirect(`/handover/${id}?done=acknowledged`, 303);
});
