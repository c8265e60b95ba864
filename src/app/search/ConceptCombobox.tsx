import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../core/explorer/view-types';
import { searchConcepts, type SearchIndex, type SearchResult } from '../../core/explorer/search';
import { SEARCH_STRINGS } from './strings';
import './search.css';

export interface ConceptComboboxProps {
  index: SearchIndex;
  /** Accessible name of the combobox. */
  label: string;
  lang: Lang;
  onChoose: (nodeId: string, label: string) => void;
  /** Label of the concept currently chosen outside (e.g. from the URL); the text follows it when it changes. */
  selectedText?: string;
  placeholder?: string;
  /** What can be typed, as the input's description (and tooltip). */
  hint?: string;
  limit?: number;
}

/**
 * ARIA 1.2 combobox over the concept search: type to list matches, ArrowUp/ArrowDown to move,
 * Enter chooses the active option (the first one when none is active), Escape closes (a second Escape
 * clears the text), clicking an option chooses it.
 */
export function ConceptCombobox({
  index,
  label,
  lang,
  onChoose,
  selectedText = '',
  placeholder,
  hint,
  limit = 12,
}: ConceptComboboxProps) {
  const t = SEARCH_STRINGS[lang];
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(selectedText);
  const [syncedTo, setSyncedTo] = useState(selectedText);
  if (syncedTo !== selectedText) {
    // The choice changed outside: show it (React's "adjust state while rendering" pattern).
    setSyncedTo(selectedText);
    setText(selectedText);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => searchConcepts(index, text, limit), [index, text, limit]);
  const expanded = open && results.length > 0;
  const showNoMatches = open && text.trim() !== '' && results.length === 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  function choose(result: SearchResult) {
    setText(result.label);
    setOpen(false);
    setActive(-1);
    onChoose(result.id, result.label);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (results.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!open) {
          setOpen(true);
          setActive(step === 1 ? 0 : results.length - 1);
          return;
        }
        setActive((a) => (a < 0 ? (step === 1 ? 0 : results.length - 1) : (a + step + results.length) % results.length));
        return;
      }
      case 'Enter': {
        if (!expanded) return;
        event.preventDefault();
        const pick = results[active >= 0 ? active : 0];
        if (pick) choose(pick);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (open) setOpen(false);
        else setText('');
        setActive(-1);
        return;
      default:
    }
  }

  return (
    <div className="pg-combobox">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? t.placeholder}
        title={hint}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(text.trim() !== '')}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {hint !== undefined && (
        <span id={`${id}-hint`} hidden>
          {hint}
        </span>
      )}
      <ul id={listId} role="listbox" aria-label={label} hidden={!expanded} className="pg-combobox-list">
        {expanded &&
          results.map((r, i) => (
            <li
              key={r.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'pg-option pg-option-active' : 'pg-option'}
              // Keep focus in the input so blur does not close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span className="pg-option-label">{r.label}</span>
              {r.labelEn !== '' && <span className="pg-option-gloss"> {r.labelEn}</span>}
              {r.matchedOn !== 'label' && (
                <span className="pg-option-hint">
                  {' '}
                  ({t.matchedOn[r.matchedOn]}: {r.matched})
                </span>
              )}
            </li>
          ))}
      </ul>
      {showNoMatches && (
        <p role="status" className="pg-combobox-empty">
          {t.noMatches}
        </p>
      )}
    </div>
  );
}
