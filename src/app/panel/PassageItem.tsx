import type { GraphData } from '../../core/pipeline/schema';
import { passageText, type Passage } from '../../core/explorer/passages';
import type { Lang } from '../../core/explorer/view-types';
import { sectionHeading, strings } from '../i18n';
import { MarkedText } from './MarkedText';

export interface PassageItemProps {
  data: GraphData;
  passage: Passage;
  lang: Lang;
  /** Link to the reader at this passage (for copying); clicking opens it in place. */
  href: string;
  onShow: (sentenceStart: number) => void;
  /** Class of a concept's marks (see MarkedText). */
  markClass?: (id: string | undefined) => string | undefined;
  /** Say where the sentence is (off when the list is already headed by its section). */
  showWhere?: boolean;
}

/** One sentence of evidence: the quote with marks, where it is, and a link into the document. */
export function PassageItem({
  data,
  passage,
  lang,
  href,
  onShow,
  markClass,
  showWhere = true,
}: PassageItemProps) {
  const t = strings(lang);
  const { text, marks } = passageText(data, passage);
  return (
    <li className="passage">
      <blockquote lang="zh">
        <MarkedText text={text} marks={marks} markClass={markClass} />
      </blockquote>
      <div className="passage-meta">
        {showWhere ? <cite lang="zh">{sectionHeading(passage.address, passage.title, lang)}</cite> : <span />}
        <a
          href={href}
          onClick={(e) => {
            e.preventDefault();
            onShow(passage.sentenceStart);
          }}
        >
          {t.showInDocument}
        </a>
      </div>
    </li>
  );
}
