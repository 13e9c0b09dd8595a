// Beside the answer box: past questions like this one and how they were answered, so an answerer can
// reuse (or stay consistent with) what the desk already said. They open in a new tab: the draft stays.
import type { SimilarQuestion } from "../../src/model.js";
import { markdownToPlainText } from "../../src/markdown.js";

const EXCERPT_CHARS = 200;

function excerpt(markdown: string): string {
  const text = markdownToPlainText(markdown);
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(" "); // end on a whole word
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

export function SimilarQuestions(props: { questions: SimilarQuestion[] }) {
  if (props.questions.length === 0) return null;
  return (
    <div class="suggestions similar-questions">
      <h2 class="suggestions__title">Câu hỏi tương tự đã trả lời</h2>
      <ul>
        {props.questions.map((q) => (
          <li>
            <a href={`/questions/${q.id}`} target="_blank" rel="noopener">
              #{q.id} {q.title}
            </a>
            <p class="muted">{excerpt(q.answer)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
