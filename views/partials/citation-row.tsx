// One citation of a knowledge-base entry in the editor: the document as written and its article.
// The editor's rows and a row the law picker adds (an article chosen by searching the law).
export function CitationRow(props: { id: string; labelled: boolean; line?: number; document: string; article: string; withNames: boolean }) {
  const which = props.line ? ` (dòng ${props.line})` : ` (${props.article})`;
  return (
    <li class="citation-row">
      <div class="citation-row__document">
        <label for={`cit-doc-${props.id}`} class={props.labelled ? undefined : "visually-hidden"}>
          Văn bản{props.labelled ? "" : which}
        </label>
        <input id={`cit-doc-${props.id}`} name="citation_document" maxlength={300} value={props.document} placeholder="Ví dụ: Luật Lý lịch tư pháp 2009" list={props.withNames ? "regulation-numbers" : undefined} />
      </div>
      <div class="citation-row__article">
        <label for={`cit-art-${props.id}`} class={props.labelled ? undefined : "visually-hidden"}>
          Điều, khoản{props.labelled ? "" : which}
        </label>
        <input id={`cit-art-${props.id}`} name="citation_article" maxlength={200} value={props.article} placeholder="Ví dụ: Điều 12" />
      </div>
    </li>
  );
}
