// What askers say back: a rating ("Đánh giá 2/5") and a reopening ("Mở lại") in the question's
// thread, and the pieces the dashboard and the ratings page list them with. Comments and reasons
// are plain text, never Markdown: hono/jsx escapes them and CSS (pre-line) keeps their line breaks.
import type { Child } from "hono/jsx";
import { dateTime, isoInstant } from "../format.js";
import { personName } from "./consultation.js";

interface PersonView {
  name: string;
  rank: string | null;
}

export type ThreadFeedbackView =
  | { kind: "rating"; id: number; at: Date; by: PersonView; score: number; comment: string | null; superseded: boolean }
  | { kind: "reopen"; id: number; at: Date; by: PersonView | null; reason: string | null };

// Colour only: 1–2 red, 3 plain, 4–5 green (the dashboard's "low" is the service's LOW_SCORE, also 2).
const tone = (score: number) => (score <= 2 ? "low" : score >= 4 ? "good" : "mid");

function ScoreBadge(props: { score: number }) {
  return <span class={`badge badge--score badge--score-${tone(props.score)}`}>{props.score}/5</span>;
}

function FeedbackText(props: { text: string | null; none: string }) {
  return props.text ? <p class="feedback-text">{props.text}</p> : <p class="muted feedback-text">{props.none}</p>;
}

function When(props: { at: Date }) {
  return <time datetime={isoInstant(props.at)}>{dateTime(props.at)}</time>;
}

// A rating (with its score) or a reopening in a list: the question, what the asker wrote, when, and
// what the list adds after the time (who answered, whether it was replaced).
export function FeedbackCard(props: { questionId: number; title: string; score?: number; text: string | null; none: string; at: Date; children?: Child }) {
  return (
    <li class="feedback-item">
      <p class="feedback-item__head">
        {props.score !== undefined && <ScoreBadge score={props.score} />}{" "}
        <a href={`/questions/${props.questionId}`}>
          #{props.questionId} {props.title}
        </a>
      </p>
      <FeedbackText text={props.text} none={props.none} />
      <p class="feedback-item__meta muted">
        <When at={props.at} />
        {props.children}
      </p>
    </li>
  );
}

// One rating or reopening among the thread's messages, styled as a message of its own kind.
export function ThreadFeedbackItem(props: { item: ThreadFeedbackView }) {
  const f = props.item;
  if (f.kind === "rating") {
    return (
      <article class="message message--rating" id={`rating-${f.id}`}>
        <header class="message__header">
          <strong>Đánh giá {f.score}/5</strong> · {personName(f.by.name, f.by.rank)} · <When at={f.at} />
          {f.superseded && <span class="muted"> · đã được thay bằng đánh giá sau</span>}
        </header>
        {f.comment && <p class="feedback-text">{f.comment}</p>}
      </article>
    );
  }
  return (
    <article class="message message--reopen" id={`reopen-${f.id}`}>
      <header class="message__header">
        <strong>Mở lại câu hỏi</strong> · {f.by ? personName(f.by.name, f.by.rank) : "hệ thống"} · <When at={f.at} />
      </header>
      <FeedbackText text={f.reason && `Lý do: ${f.reason}`} none="Không nêu lý do." />
    </article>
  );
}
