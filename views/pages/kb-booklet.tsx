// Sổ tay hỏi – đáp: the published entries of one category or all, printed for a notice board or a
// ward office's binder. A cover, a table of contents, then each entry with a QR code to its page;
// each category starts on a new sheet. A big desk's booklet comes in parts (see kb-booklet.ts).
import { renderMarkdown } from "../../src/markdown.js";
import { dateOnly } from "../format.js";
import { APP_NAME, PrintDocument } from "../layout.js";
import { Citations } from "../partials/citations.js";
import { currentHotlines, HotlineList } from "../partials/hotlines.js";
import { LawChangeNotice, type ReviewFlagView } from "../partials/law-change-notice.js";
import { QrCode } from "../partials/qr-code.js";

interface BookletEntryView {
  id: number;
  number: number; // its place in the whole booklet, as the table of contents gives it
  ref: string;
  title: string;
  question: string;
  answer: string;
  version: number;
  updatedAt: Date;
  categoryId: number;
  categoryName: string;
  citations: { document: string; article: string }[];
  flag: ReviewFlagView | null; // the law it cites changed: the booklet must say so, as the sheet does
  url: string;
  qr: { text: string; size: number; path: string };
}

type CategoryCount = { id: number; name: string; entries: number; flagged: number };
type Section = { id: number; name: string; entries: number; first: number }; // first: its first entry's number

interface BookletProps {
  header: { parentAgency: string; agency: string };
  printedAt: Date;
  categories: CategoryCount[]; // every category with published entries, for the choice
  filter: { category: CategoryCount | null; omitFlagged: boolean };
  outline: { sections: Section[]; total: number; omitted: number }; // the whole booklet, all parts
  part: number;
  parts: number;
  partSize: number;
  entries: BookletEntryView[]; // this part's
}

function bookletHref(filter: { category: number | null; omitFlagged: boolean }, part = 1): string {
  const p = new URLSearchParams();
  if (filter.category) p.set("category", String(filter.category));
  if (filter.omitFlagged) p.set("flagged", "omit");
  if (part > 1) p.set("part", String(part));
  const qs = p.toString();
  return `/kb/booklet${qs ? `?${qs}` : ""}`;
}

// A category that began in the part before.
const continued = (g: ReturnType<typeof byCategory>[number], sections: Section[]) => g.entries[0]!.number > (sections.find((s) => s.id === g.id)?.first ?? 1);

// Entries in booklet order, cut where the category changes.
function byCategory(entries: BookletEntryView[]) {
  const groups: { id: number; name: string; entries: BookletEntryView[] }[] = [];
  for (const e of entries) {
    const last = groups.at(-1);
    if (last?.id === e.categoryId) last.entries.push(e);
    else groups.push({ id: e.categoryId, name: e.categoryName, entries: [e] });
  }
  return groups;
}

export function KbBookletPage(props: BookletProps) {
  const scope = props.filter.category?.name ?? "Tất cả lĩnh vực";
  const groups = byCategory(props.entries);
  const partLabel = props.parts > 1 ? ` · phần ${props.part}/${props.parts}` : "";
  return (
    <PrintDocument title={`Sổ tay hỏi – đáp · ${scope}${partLabel}`} stylesheet="/static/css/booklet.css" bodyClass="booklet-body">
      <BookletTools {...props} />
      <main class="booklet">
        <Cover {...props} scope={scope} />
        {props.entries.length > 0 && <Contents groups={groups} />}
        {groups.map((g) => (
          <section class="booklet-category" aria-labelledby={`linh-vuc-${g.id}`}>
            <h2 id={`linh-vuc-${g.id}`} class="booklet-category__title">
              {g.name}
              {continued(g, props.outline.sections) && <span class="muted"> (tiếp theo)</span>}
            </h2>
            {g.entries.map((e) => (
              <BookletEntry entry={e} />
            ))}
          </section>
        ))}
      </main>
    </PrintDocument>
  );
}

// On screen only: which booklet to print, the parts of a big one, how to print.
function BookletTools(props: BookletProps) {
  const chosen = props.filter.category?.id ?? null;
  const at = { category: chosen, omitFlagged: props.filter.omitFlagged };
  return (
    <header class="booklet-tools no-print">
      <p>
        <a href="/kb">← Tra cứu hỏi – đáp</a>
      </p>
      <form method="get" action="/kb/booklet" class="booklet-tools__form">
        <div class="field">
          <label for="booklet-category">Lĩnh vực</label>
          <select id="booklet-category" name="category">
            <option value="">Tất cả lĩnh vực</option>
            {props.categories.map((c) => (
              <option value={String(c.id)} selected={c.id === chosen}>
                {c.name} ({c.entries} mục)
              </option>
            ))}
          </select>
        </div>
        <label class="booklet-tools__check">
          <input type="checkbox" name="flagged" value="omit" checked={props.filter.omitFlagged} /> Bỏ các mục đang rà soát vì văn bản được trích dẫn đã thay đổi
        </label>
        <button type="submit" class="button button--primary">
          Xem sổ tay
        </button>
      </form>
      {props.parts > 1 && (
        <nav class="booklet-tools__parts" aria-label="Các phần của sổ tay">
          <p>
            Sổ tay có {props.outline.total} mục, in thành {props.parts} phần, mỗi phần tối đa {props.partSize} mục; đang xem phần {props.part}. Chọn một lĩnh vực để in riêng
            lĩnh vực đó.
          </p>
          <ul>
            {Array.from({ length: props.parts }, (_, i) => i + 1).map((n) => (
              <li>
                {n === props.part ? (
                  <span aria-current="page">Phần {n}</span>
                ) : (
                  <a href={bookletHref(at, n)}>Phần {n}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p class="muted">Dùng lệnh In của trình duyệt (Ctrl+P) để in hoặc lưu PDF, khổ A4. Mỗi lĩnh vực bắt đầu ở trang mới.</p>
    </header>
  );
}

function Cover(props: BookletProps & { scope: string }) {
  const hotlines = currentHotlines();
  const first = props.entries[0]?.number;
  const last = props.entries.at(-1)?.number;
  return (
    <header class="booklet-cover">
      <p class="booklet-cover__org">{props.header.parentAgency}</p>
      <p class="booklet-cover__org booklet-cover__org--strong">{props.header.agency}</p>
      <p class="booklet-cover__kind">Sổ tay hỏi – đáp nghiệp vụ</p>
      <h1 class="booklet-cover__title">{APP_NAME}</h1>
      <p class="booklet-cover__slogan">“Hỏi trực tiếp – Trả lời ngay”</p>
      <p class="booklet-cover__scope">
        Lĩnh vực: <strong>{props.scope}</strong>
      </p>
      <p>
        {props.outline.total === 0 ? (
          "Chưa có mục hỏi – đáp nào được đăng trong phạm vi này."
        ) : (
          <>
            {props.outline.total} mục hỏi – đáp đã đăng
            {props.parts > 1 && `; phần ${props.part}/${props.parts} gồm các mục ${first}–${last}`}.
          </>
        )}
      </p>
      {props.outline.omitted > 0 && <p>Không in {props.outline.omitted} mục đang được Ban cố vấn rà soát vì văn bản được trích dẫn đã thay đổi.</p>}
      {hotlines.length > 0 && (
        <p class="booklet-cover__hotlines">
          Đường dây nóng: <HotlineList list={hotlines} />
        </p>
      )}
      <p class="booklet-cover__date">In ngày {dateOnly(props.printedAt)}. Nội dung có thể được cập nhật sau ngày in: quét mã QR bên mỗi mục để xem bản mới nhất.</p>
    </header>
  );
}

function Contents(props: { groups: ReturnType<typeof byCategory> }) {
  return (
    <nav class="booklet-toc" aria-labelledby="muc-luc">
      <h2 id="muc-luc">Mục lục</h2>
      <ul class="booklet-toc__categories">
        {props.groups.map((g) => (
          <li>
            <a href={`#linh-vuc-${g.id}`} class="booklet-toc__category">
              {g.name}
            </a>
            <ol class="booklet-toc__entries">
              {g.entries.map((e) => (
                <li>
                  <a href={`#muc-${e.id}`}>
                    <span class="booklet-toc__number">{e.number}.</span> {e.title} <span class="muted">({e.ref})</span>
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function BookletEntry(props: { entry: BookletEntryView }) {
  const e = props.entry;
  return (
    <article class="booklet-entry" id={`muc-${e.id}`} aria-labelledby={`muc-${e.id}-title`}>
      <header class="booklet-entry__head">
        <div class="booklet-entry__heading">
          <p class="muted booklet-entry__meta">
            {e.number}. {e.ref} · phiên bản {e.version} · cập nhật {dateOnly(e.updatedAt)}
          </p>
          <h3 id={`muc-${e.id}-title`}>{e.title}</h3>
        </div>
        <figure class="booklet-entry__qr">
          <QrCode qr={e.qr} label={`Mã QR dẫn tới ${e.url}`} />
          <figcaption>Quét để xem bản mới nhất</figcaption>
        </figure>
      </header>
      {e.flag && <LawChangeNotice flag={e.flag} audience="print" id={`muc-${e.id}-law-change`} headingLevel={4} />}
      <section class="booklet-entry__question">
        <h4>Hỏi</h4>
        <p>{e.question}</p>
      </section>
      <section class="prose booklet-entry__answer">
        <h4>Đáp</h4>
        {renderMarkdown(e.answer, { under: 4 })}
      </section>
      <Citations citations={e.citations} headingLevel={4} label={`Căn cứ pháp lý của mục ${e.number}`} />
      <p class="booklet-entry__url">{e.url}</p>
    </article>
  );
}
