import type { Citation, LinkedCitation } from "../../src/model.js";

// How a citation of a regulation reads: "Điều 48, Luật Lý lịch tư pháp 2009". A citation that
// resolves to the register links to the article (or the document) there.
// A citation as an entry shows it: linked when the register has its document (and article).
type ShownCitation = Citation & Partial<Pick<LinkedCitation, "regulationId" | "articleId">>;

function hrefOf(c: ShownCitation): string | null {
  if (!c.regulationId) return null;
  return c.articleId ? `/regulations/${c.regulationId}/articles/${c.articleId}` : `/regulations/${c.regulationId}`;
}

export function citationText(c: ShownCitation): string {
  return c.article ? `${c.article}, ${c.document}` : c.document;
}

// The "Căn cứ" section of an entry, on its page and on its printed sheet. The board sees which
// citations match nothing in the register (`markUnresolved`). In the booklet it sits a level lower
// and each entry's section is named apart (`label`).
export function Citations(props: { citations: ShownCitation[]; markUnresolved?: boolean; headingLevel?: 2 | 4; label?: string }) {
  if (props.citations.length === 0) return null;
  const Heading = `h${props.headingLevel ?? 2}` as "h2" | "h4";
  return (
    <section aria-label={props.label ?? "Căn cứ pháp lý"}>
      <Heading>Căn cứ</Heading>
      <ul>
        {props.citations.map((c) => {
          const href = hrefOf(c);
          const unresolved = props.markUnresolved && c.regulationId === null;
          return (
            <li>
              {href ? <a href={href}>{citationText(c)}</a> : citationText(c)}
              {unresolved && <span class="muted"> (chưa khớp văn bản nào trong danh mục)</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
