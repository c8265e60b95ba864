import { segmentText, type Span } from '../../core/explorer/text-segments';

/**
 * Text with <mark>ed spans, as React text nodes (never HTML). `markClass` gives a mark a class by the
 * concept it marks (the two ends of a link are told apart that way).
 */
export function MarkedText({
  text,
  marks,
  markClass,
}: {
  text: string;
  marks: readonly Span[];
  markClass?: (id: string | undefined) => string | undefined;
}) {
  return (
    <>
      {segmentText(text, marks).map((s) =>
        s.marked ? (
          <mark key={s.start} data-node={s.id} className={markClass?.(s.id)}>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </>
  );
}
