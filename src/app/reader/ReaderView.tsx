import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { GraphData, Section } from '../../core/pipeline/schema';
import { segmentText } from '../../core/explorer/text-segments';
import type { Lang } from '../../core/explorer/view-types';
import { strings } from '../i18n';
import {
  firstMention,
  readerBlocks,
  sectionAnchor,
  sectionsMentioning,
  sentenceAnchor,
  type ReaderPiece,
  type ReaderSentence,
} from './reader-blocks';
import { ReaderOutline } from './ReaderOutline';
import { READER_STRINGS } from './strings';
import './reader.css';

export interface ReaderViewProps {
  data: GraphData;
  lang: Lang;
  selected: string | null;
  /** Start offset of the sentence to scroll to and focus; null opens at the selected concept's first mention. */
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
  colors: ReadonlyMap<string, string>;
}

const FALLBACK = '#bbbbbb';

const Sentence = memo(function Sentence({ text, sentence, isTarget, current, colors }: SentenceProps) {
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
            style={{ '--theme': colors.get(seg.id) ?? FALLBACK } as CSSProperties}
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

function Piece({
  piece,
  section,
  text,
  target,
  selected,
  colors,
  markLabel,
  anchor,
}: {
  piece: ReaderPiece;
  section: Section | null;
  anchor?: string;
  text: string;
  target: number | null;
  selected: string | null;
  colors: ReadonlyMap<string, string>;
  markLabel: string;
}) {
  const mentionsSelected =
    selected !== null && piece.sentences.some((s) => s.marks.some((m) => m.id === selected));
  const children = piece.sentences.map((s) => (
    <Sentence
      key={s.start}
      text={text}
      sentence={s}
      isTarget={s.start === target}
      current={mentionsSelected && s.marks.some((m) => m.id === selected) ? selected : null}
      colors={colors}
    />
  ));
  const className = mentionsSelected ? 'has-current' : undefined;
  // Seen in the margin; screen readers hear the marked mention itself.
  const margin = mentionsSelected ? (
    <span className="margin-mark" title={markLabel} aria-hidden="true" />
  ) : null;
  if (piece.kind === 'heading' && section) {
    const Tag = piece.level === 3 ? 'h3' : piece.level === 4 ? 'h4' : 'h5';
    return (
      <Tag
        id={sectionAnchor(section.id)}
        tabIndex={-1}
        className={`reader-heading level-${piece.level} ${className ?? ''}`}
      >
        {margin}
        {children}
      </Tag>
    );
  }
  return (
    <p className={className} id={anchor} tabIndex={anchor ? -1 : undefined}>
      {margin}
      {children}
    </p>
  );
}

/**
 * The whole document for close reading: headings styled as headings, an outline to jump by, every
 * concept mention marked in its theme colour and clickable, a margin mark beside each paragraph that
 * mentions the selected concept. Opens at `target`, else at the selected concept's first mention.
 */
export function ReaderView({ data, lang, selected, target, onSelectNode, onClose }: ReaderViewProps) {
  const t = strings(lang);
  const r = READER_STRINGS[lang];
  const blocks = useMemo(() => readerBlocks(data), [data]);
  const colors = useMemo(() => {
    const theme = new Map(data.themes.map((th) => [th.id, th.color]));
    return new Map(data.nodes.map((n) => [n.id, theme.get(n.theme) ?? FALLBACK]));
  }, [data]);
  const text = data.document.text;
  const root = useRef<HTMLElement>(null);
  const selectedNode = selected !== null ? data.nodes.find((n) => n.id === selected) : undefined;
  const marked = useMemo(
    () => (selected !== null ? sectionsMentioning(blocks, selected) : new Set<string>()),
    [blocks, selected],
  );
  // Where the reader opened: the asked sentence, else the selected concept's first mention (once per opening).
  const [opening] = useState(() => ({
    at: target ?? (selected !== null ? firstMention(blocks, selected) : null),
    byConcept: target === null && selected !== null,
  }));
  const shownTarget = target ?? opening.at;

  useEffect(() => {
    if (shownTarget === null) return;
    const el = root.current?.querySelector<HTMLElement>(`#${sentenceAnchor(shownTarget)}`);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [shownTarget, data]);

  const jump = (section: Section) => {
    const el = root.current?.querySelector<HTMLElement>(`#${sectionAnchor(section.id)}`);
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    el.focus({ preventScroll: true });
  };

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
        {opening.byConcept && opening.at !== null && selectedNode && target === null && (
          <p className="reader-opened" role="status">
            {r.openedAt(selectedNode.label)}
          </p>
        )}
      </div>
      <div className="reader-body">
        <ReaderOutline data={data} lang={lang} marked={marked} onJump={jump} />
        <div
          lang="zh"
          className="reader-text"
          style={
            {
              '--current': selected !== null ? (colors.get(selected) ?? FALLBACK) : FALLBACK,
            } as CSSProperties
          }
        >
          {blocks.map((b) => (
            <section
              key={b.key}
              className={b.section ? 'reader-section' : 'reader-frame'}
              aria-label={b.section ? b.section.address : undefined}
            >
              {b.section && b.section.title === '' && (
                <h3 id={sectionAnchor(b.section.id)} tabIndex={-1} className="reader-address">
                  {b.section.address}
                </h3>
              )}
              {b.pieces.map((p, i) => (
                <Piece
                  key={p.start}
                  piece={p}
                  section={b.section}
                  // A titled section whose title is not set as a heading: the outline jumps to its first line.
                  anchor={
                    i === 0 && b.section && b.section.title !== '' && p.kind === 'paragraph'
                      ? sectionAnchor(b.section.id)
                      : undefined
                  }
                  text={text}
                  target={shownTarget}
                  selected={selected}
                  colors={colors}
                  markLabel={selectedNode ? r.marginMark(selectedNode.label) : ''}
                />
              ))}
            </section>
          ))}
        </div>
      </div>
    </article>
  );
}
