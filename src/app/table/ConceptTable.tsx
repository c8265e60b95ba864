import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GraphData, GraphNode } from '../../core/pipeline/schema';
import type { Lang, Visible } from '../../core/explorer/view-types';
import { searchConcepts, searchIndexFor } from '../../core/explorer/search';
import { TABLE_STRINGS, type SortKey } from './strings';
import { strings } from '../i18n';
import { Phrase } from '../Phrase';
import './table.css';

export interface ConceptTableProps {
  data: GraphData;
  visible: Visible;
  selected: string | null;
  onSelect: (id: string) => void;
  lang: Lang;
}

type Direction = 'ascending' | 'descending';
const COLUMNS: SortKey[] = ['label', 'theme', 'kind', 'count', 'degree'];
const NUMERIC: ReadonlySet<SortKey> = new Set(['count', 'degree']);
/** Rows rendered before "Show all" (the selected row is always included). */
export const ROW_LIMIT = 200;

/** The accessible twin of the graph: every visible concept as a sortable, filterable table. */
export function ConceptTable({ data, visible, selected, onSelect, lang }: ConceptTableProps) {
  const t = TABLE_STRINGS[lang];
  const kinds = strings(lang).kinds;
  const id = useId();
  const [sort, setSort] = useState<{ key: SortKey; dir: Direction }>({ key: 'count', dir: 'descending' });
  const [filter, setFilter] = useState('');
  const [showAll, setShowAll] = useState(false);
  const selectedRow = useRef<HTMLTableRowElement | null>(null);

  const themeName = useMemo(
    () => new Map(data.themes.map((th) => [th.id, lang === 'zh' ? th.label : th.labelEn])),
    [data, lang],
  );
  const themeColor = useMemo(() => new Map(data.themes.map((th) => [th.id, th.color])), [data]);

  const rows = useMemo(() => {
    let nodes = data.nodes.filter((n) => visible.nodes.has(n.id));
    if (filter.trim() !== '') {
      const hits = new Set(searchConcepts(searchIndexFor(data), filter, Number.MAX_SAFE_INTEGER).map((r) => r.id));
      nodes = nodes.filter((n) => hits.has(n.id));
    }
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN' : 'en', { numeric: true });
    const text = (n: GraphNode): string => {
      if (sort.key === 'label') return lang === 'en' && n.labelEn !== '' ? n.labelEn : n.label;
      if (sort.key === 'theme') return themeName.get(n.theme) ?? n.theme;
      return kinds[n.kind];
    };
    const compare = (a: GraphNode, b: GraphNode): number => {
      const primary = NUMERIC.has(sort.key)
        ? (a[sort.key as 'count' | 'degree'] - b[sort.key as 'count' | 'degree'])
        : collator.compare(text(a), text(b));
      const signed = sort.dir === 'ascending' ? primary : -primary;
      return signed || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    };
    return nodes.sort(compare);
  }, [data, visible, filter, sort, lang, themeName, kinds]);

  const selectedIndex = selected ? rows.findIndex((n) => n.id === selected) : -1;
  const limit = showAll ? rows.length : Math.max(ROW_LIMIT, selectedIndex + 1);
  const shown = rows.slice(0, limit);

  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  function toggleSort(key: SortKey) {
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' }
        : { key, dir: NUMERIC.has(key) ? 'descending' : 'ascending' },
    );
  }

  /** ArrowUp/ArrowDown/Home/End move between the rows' concept buttons. */
  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const target = event.target as HTMLElement;
    if (!target.matches('button.pg-table-concept')) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.pg-table-concept')];
    const at = buttons.indexOf(target as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  }

  return (
    <div className="pg-table-wrap">
      <input
        type="search"
        className="pg-table-filter"
        aria-label={t.filter}
        aria-controls={`${id}-table`}
        placeholder={t.filterPlaceholder}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <table id={`${id}-table`} className="pg-table">
        <caption>{t.caption(rows.length, data.nodes.length)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? sort.dir : undefined} className={NUMERIC.has(key) ? 'pg-num' : undefined}>
                <button type="button" onClick={() => toggleSort(key)}>
                  {t.columns[key]}
                  <span aria-hidden="true" className="pg-sort-arrow">
                    {sort.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {shown.map((node) => {
            const isSelected = node.id === selected;
            return (
              <tr
                key={node.id}
                ref={isSelected ? selectedRow : undefined}
                aria-selected={isSelected}
                className={isSelected ? 'pg-row-selected' : undefined}
              >
                <th scope="row">
                  <button type="button" className="pg-table-concept" onClick={() => onSelect(node.id)}>
                    <Phrase text={node.label} />
                  </button>
                  {node.labelEn !== '' && <span className="pg-table-gloss"> {node.labelEn}</span>}
                </th>
                <td className="pg-theme-cell">
                  <span className="pg-swatch" style={{ background: themeColor.get(node.theme) ?? '#888' }} aria-hidden="true" />
                  {lang === 'zh' ? <Phrase text={themeName.get(node.theme) ?? node.theme} /> : (themeName.get(node.theme) ?? node.theme)}
                </td>
                <td className="pg-kind">{kinds[node.kind]}</td>
                <td className="pg-num">{node.count}</td>
                <td className="pg-num">{node.degree}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="pg-table-empty">{t.empty}</p>}
      {shown.length < rows.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t.showAll(rows.length)}
        </button>
      )}
    </div>
  );
}
