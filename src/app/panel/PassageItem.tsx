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
}

/** One sentence of evidence: the quote with marks, where it is, and a link into the document. */
export function PassageItem({ data, passage, lang, href, onShow }: PassageItemProps) {
  const t = strings(lang);
  const { text, marks } = passageText(data, passage);
  return (
    <li className="passage">
      <blockquote lang="zh">
        <MarkedText text={text} marks={marks} />
      </blockquote>
      <div className="passage-meta">
        <cite lang="zh">{sectionHeading(passage.address, passage.title, lang)}</cite>
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
