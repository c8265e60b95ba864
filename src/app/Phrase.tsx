import { Fragment, useMemo } from 'react';
import { phraseBreaks } from '../core/explorer/style-rules';

/**
 * A Chinese phrase that wraps only where it reads well (between words, after 、): `word-break:
 * keep-all` (class `phrase`) with <wbr> at phraseBreaks. Plain React text, never HTML.
 */
export function Phrase({ text }: { text: string }) {
  const parts = useMemo(() => {
    const out: string[] = [];
    let last = 0;
    for (const at of phraseBreaks(text)) {
      out.push(text.slice(last, at));
      last = at;
    }
    out.push(text.slice(last));
    return out;
  }, [text]);
  return (
    <span className="phrase">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </span>
  );
}
