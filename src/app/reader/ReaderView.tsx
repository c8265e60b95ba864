import { memo, useEffect, useMemo, useRef } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import { segmentText } from '../../core/explorer/text-segments';
import type { Lang } from '../../core/explorer/view-types';
import { strings } from '../i18n';
import { readerBlocks, sentenceAnchor, type ReaderSentence } from './reader-blocks';

export interface ReaderViewProps {
  data: GraphData;
  lang: Lang;
  selected: string | null;
  /** Start offset of the sentence to scroll to and focus. */
  target: number | null;
  onSelectNode: (id: string) => void;
  onClose: () => void;
}

interface SentenceProps {
  text: string;
  sentence: ReaderSentence;
  isTarget: boolean;
  /** The selected concept when this sentence mentions it (so other sentences skip re-rendering). */
  current: string | null;
}

const Sentence = memo(function Sentence({ text, sentence, isTarget, current }: SentenceProps) {
  const body = text.slice(sentence.start, sentence.end);
  return (
    <span
      id={sentenceAnchor(sentence.start)}
      className={isTarget ? 'sentence target' : 'sentence'}
      tabIndex={-1}
    >
      {segmentText(body, sentence.marks).map((seg) =>
        seg.marked && seg.id !== undefined ? (
          // A <mark> acting as a button (a real <button> cannot wrap across lines in running text).
          <mark
            key={seg.start}
            data-node={seg.id}
            className={seg.id === current ? 'mention current' : 'mention'}
            role="button"
            tabIndex={0}
          >
            {seg.text}
          </mark>
        ) : (
          <span key={seg.start}>{seg.text}</span>
        ),
      )}
    </span>
  );
});

/** The whole document, sections under their addresses, every concept mention marked and clickable. */
export function ReaderView({ data, lang, selected, target, onSelectNode, onClose }: ReaderViewProps) {
  const t = strings(lang);
  const blocks = useMemo(() => readerBlocks(data), [data]);
  const text = data.document.text;
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (target === null) return;
    const el = root.current?.querySelector<HTMLElement>(`#${sentenceAnchor(target)}`);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [target, data]);

  return (
    <article
      ref={root}
      className="reader"
      aria-label={t.readerTitle}
      onClick={(e) => {
        const id = (e.target as HTMLElement).closest<HTMLElement>('.mention')?.dataset.node;
        if (id) onSelectNode(id);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const id = (e.target as HTMLElement).closest<HTMLElement>('.mention')?.dataset.node;
        if (!id) return;
        e.preventDefault();
        onSelectNode(id);
      }}
    >
      <div className="reader-head">
        <h2>{t.readerTitle}</h2>
        <p className="muted">{t.readerHint}</p>
        <button type="button" onClick={onClose}>
          {t.closeReader}
        </button>
      </div>
      <div lang="zh" className="reader-text">
        {blocks.map((b) => (
          <section
            key={b.key}
            className={b.section ? 'reader-section' : 'reader-frame'}
            aria-label={b.section ? b.section.address : undefined}
          >
            {b.section && <h3 className="reader-address">{b.section.address}</h3>}
            {b.lines.map((line) => (
              <p key={line.start}>
                {line.sentences.map((s) => (
                  <Sentence
                    key={s.start}
                    text={text}
                    sentence={s}
                    isTarget={s.start === target}
                    current={selected !== null && s.marks.some((m) => m.id === selected) ? selected : null}
                  />
                ))}
              </p>
            ))}
          </section>
        ))}
      </div>
    </article>
  );
}
