import type { DocumentInfo } from '../../core/schema';
import type { Lang } from '../../core/view-types';
import { formatDate, strings } from '../i18n';

/** Title, adoption date and source of the shown document (or a loading line). */
export function DocumentHeading({
  doc,
  origin,
  lang,
}: {
  doc: DocumentInfo | undefined;
  origin: string;
  lang: Lang;
}) {
  const t = strings(lang);
  return (
    <div className="doc-heading">
      <p className="app-name">{t.appName}</p>
      <h1 lang="zh">{doc ? doc.title : t.loading}</h1>
      {doc && (
        <p className="doc-meta">
          {doc.date && (
            <span>
              {t.adopted} {formatDate(doc.date, lang)}
            </span>
          )}
          {doc.source && (
            <span>
              {t.source} <span lang="zh">{doc.source}</span>
              {doc.publishedDate ? ` ${formatDate(doc.publishedDate, lang)}` : ''}
            </span>
          )}
          {origin !== 'bundled' && (
            <span>
              {t.opened}: {origin}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
