import type { DocumentInfo } from '../../core/pipeline/schema';
import type { Lang } from '../../core/explorer/view-types';
import { formatDate, strings } from '../i18n';

/** Title of the shown document (or a loading line), then the app's name, adoption date and source. */
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
      <h1 lang="zh" title={doc?.title}>
        {doc ? doc.title : t.loading}
      </h1>
      <p className="doc-meta">
        <span className="app-name">{t.appName}</span>
        {doc?.date && (
          <span>
            {t.adopted} {formatDate(doc.date, lang)}
          </span>
        )}
        {doc?.source && (
          <span>
            {t.source} <span lang="zh">{doc.source}</span>
            {doc.publishedDate ? ` ${formatDate(doc.publishedDate, lang)}` : ''}
          </span>
        )}
        {doc && origin !== 'bundled' && (
          <span>
            {t.opened}: {origin}
          </span>
        )}
      </p>
    </div>
  );
}
