import type { GraphData, Section } from '../../core/pipeline/schema';
import type { Lang } from '../../core/explorer/view-types';
import { READER_STRINGS } from './strings';
import { outlineEntries } from './reader-blocks';

/** The document's outline: a button per section that jumps the reader there; a mark where the selected concept occurs. */
export function ReaderOutline({
  data,
  lang,
  marked,
  onJump,
}: {
  data: GraphData;
  lang: Lang;
  /** Sections that mention the selected concept. */
  marked: ReadonlySet<string>;
  onJump: (section: Section) => void;
}) {
  const t = READER_STRINGS[lang];
  const item = (s: Section) => (
    <button
      type="button"
      className={marked.has(s.id) ? 'outline-link has-current' : 'outline-link'}
      onClick={() => onJump(s)}
      title={s.title || undefined}
    >
      <span className="outline-address">{s.address}</span>
      {s.title && <span className="outline-title"> {s.title}</span>}
      {marked.has(s.id) && <span className="visually-hidden"> {t.mentionsSelected}</span>}
    </button>
  );
  return (
    <nav className="reader-outline" aria-label={t.outline}>
      <h3 className="reader-outline-heading">{t.outline}</h3>
      <ol lang="zh">
        {outlineEntries(data).map((e) => (
          <li key={e.section.id}>
            {item(e.section)}
            {e.children.length > 0 && (
              <ol>
                {e.children.map((c) => (
                  <li key={c.id}>{item(c)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
