// What the question page shows, for every route that renders it: the page itself, and the actions
// and consultations that bring it back with a refused form. One function here, so no route module
// has to import another for it.
import type { Context } from "hono";
import type { AuthedEnv } from "../context.js";
import { can } from "../auth/permissions.js";
import { isOpen } from "../domain/workflow.js";
import { calendarOf } from "../routes/request.js";
import { uploadLimits } from "../routes/validation.js";
import { searchKb, similarAnsweredQuestions } from "../search/index.js";
import { questionAttachments } from "../services/attachments.js";
import { callBackOfQuestion } from "../services/call-backs.js";
import { activeCannedAnswers } from "../services/canned-answers.js";
import { changedCitations } from "../services/cited-law.js";
import { consultationPanel } from "../services/consultation-queries.js";
import { deadlineInfo, explainDeadline } from "../services/deadlines.js";
import { questionFeedback } from "../services/feedback.js";
import { questionKbState } from "../services/kb-curation-queries.js";
import { getQuestion, holidayNames, lastScoreOf, questionTimeline, teamMembers } from "../services/question-queries.js";
import { QuestionPage, type QuestionFormState, type QuestionPageProps } from "../../views/pages/question.js";

function questionPageData(c: Context<AuthedEnv>, id: number): Omit<QuestionPageProps, "state"> {
  const { db, clock } = c.get("deps");
  const user = c.get("user");
  const question = getQuestion(db, user, id);
  const now = clock();
  const cal = calendarOf(c);
  const answers = can(user.roles, "question.answer");
  return {
    question,
    deadline: deadlineInfo(question, now, cal),
    explanation: explainDeadline(db, question, now, cal, holidayNames(db)),
    timeline: questionTimeline(db, user, id),
    team: answers || can(user.roles, "question.assign") ? teamMembers(db) : [],
    lastScore: question.askerId === user.id ? lastScoreOf(db, id, user.id) : null,
    canned: answers ? activeCannedAnswers(db) : [],
    suggestions: answers && isOpen(question.status) ? searchKb(db, { q: `${question.title} ${question.body.slice(0, 500)}`, limit: 4 }).results : [],
    similar: answers && isOpen(question.status) ? similarAnsweredQuestions(db, question) : [],
    kb: questionKbState(db, id),
    callBack: answers ? callBackOfQuestion(db, id) : null,
    consultations: consultationPanel(db, user, id),
    attachments: questionAttachments(db, user, id),
    limits: uploadLimits(c),
    citedLaw: changedCitations(db, question.thread.filter((m) => m.kind === "answer").map((m) => m.body)),
    feedback: questionFeedback(db, id),
  };
}

// The page, or the page again with a refused form's input and messages (`state`).
export function showQuestion(c: Context<AuthedEnv>, id: number, state: QuestionFormState = {}, status: 200 | 409 | 413 | 422 = 200) {
  return c.html(<QuestionPage {...questionPageData(c, id)} state={state} />, status);
}
