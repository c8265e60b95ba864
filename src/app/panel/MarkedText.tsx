import { segmentText, type Span } from '../../core/explorer/text-segments';

/** Text with <mark>ed spans, as React text nodes (never HTML). */
export function MarkedText({ text, marks }: { text: string; marks: readonly Span[] }) {
  return (
    <>
      {segmentText(text, marks).map((s) =>
        s.marked ? (
          <mark key={s.start} data-node={s.id}>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </>
  );
}
