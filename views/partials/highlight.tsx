// Marks the words of a text whose folded form is one of the searched syllables ("án" for "an"):
// highlights land on the original, accented text.
import { fold } from "../../src/domain/search-text.js";

export function Highlight(props: { text: string; terms: string[] }) {
  if (props.terms.length === 0) return <>{props.text}</>;
  const terms = new Set(props.terms);
  const parts = props.text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 && terms.has(fold(part)) ? <mark>{part}</mark> : part))}
    </>
  );
}
