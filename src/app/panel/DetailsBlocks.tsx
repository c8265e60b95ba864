import { useMemo } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import type { Passage } from '../../core/explorer/passages';
import type { Lang } from '../../core/explorer/view-types';
import { sectionHeading } from '../i18n';
import { PassageItem } from './PassageItem';

/** How the details panel opens the document at a sentence. */
export interface PassageLinks {
  onShowPassage: (sentenceStart: number) => void;
  passageHref: (sentenceStart: number) => string;
}

/** The evidence block of a concept or a link: a heading with the count, an optional note, the sentences. */
export function EvidenceList({
  data,
  passages,
  heading,
  note,
  lang,
  onShowPassage,
  passageHref,
}: PassageLinks & {
  data: GraphData;
  passages: readonly Passage[];
  heading: string;
  note?: string;
  lang: Lang;
}) {
  return (
    <section aria-labelledby="details-passages">
      <h3 id="details-passages">
        {heading} ({passages.length})
      </h3>
      {note !== undefined && <p className="muted">{note}</p>}
      <ol className="passage-list">
        {passages.map((p) => (
          <PassageItem
            key={p.sentenceStart}
            data={data}
            passage={p}
            lang={lang}
            href={passageHref(p.sentenceStart)}
            onShow={onShowPassage}
          />
        ))}
      </ol>
    </section>
  );
}

/** A headed list of sections (address and title), in the order of `ids`; unknown ids are left out. */
export function SectionList({
  data,
  ids,
  heading,
  lang,
}: {
  data: GraphData;
  ids: readonly string[];
  heading: string;
  lang: Lang;
}) {
  const sections = useMemo(() => {
    const byId = new Map(data.sections.map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
  }, [data, ids]);
  return (
    <section aria-labelledby="details-sections">
      <h3 id="details-sections">{heading}</h3>
      <ul className="section-list" lang="zh">
        {sections.map((s) => (
          <li key={s.id}>{sectionHeading(s.address, s.title, lang)}</li>
        ))}
      </ul>
    </section>
  );
}
