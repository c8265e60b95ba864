import { Suspense, lazy, type ComponentProps } from 'react';
import type { Core } from 'cytoscape';
import type { GraphData } from '../core/pipeline/schema';
import type { Lang, Visible } from '../core/explorer/view-types';
import { strings } from './i18n';
import { DocumentHeading } from './panel/DocumentHeading';
import { ExportMenu } from './export/ExportMenu';
import { OpenDocument } from './open/OpenDocument';
import { SEARCH_STRINGS } from './search/strings';

// Search carries the pinyin dictionary: load it beside the graph, not before it.
const SearchBox = lazy(() => import('./search/SearchBox').then((m) => ({ default: m.SearchBox })));

export interface AppHeaderProps {
  data: GraphData | null;
  origin: string;
  lang: Lang;
  cy: Core | null;
  visible: Visible;
  /** Mount the search box (after the graph's first frame). */
  searchReady: boolean;
  onChoose: (nodeId: string) => void;
  onGraph: ComponentProps<typeof OpenDocument>['onGraph'];
  onLang: (lang: Lang) => void;
}

/** Until the search box has loaded: an input of the same size, so nothing in the header moves. */
function SearchPlaceholder({ lang }: { lang: Lang }) {
  return (
    <input
      type="text"
      className="search-placeholder"
      disabled
      aria-hidden="true"
      tabIndex={-1}
      placeholder={SEARCH_STRINGS[lang].placeholder}
    />
  );
}

/** Document title and dates, then search, export, open and the language switch. */
export function AppHeader(props: AppHeaderProps) {
  const { data, lang } = props;
  const t = strings(lang);
  const other = t.switchToLang;
  return (
    <header className="app-header">
      <DocumentHeading doc={data?.document} origin={props.origin} lang={lang} />
      <div className="header-tools">
        <div className="header-search">
          {data && props.searchReady ? (
            <Suspense fallback={<SearchPlaceholder lang={lang} />}>
              <SearchBox data={data} lang={lang} onChoose={props.onChoose} />
            </Suspense>
          ) : (
            <SearchPlaceholder lang={lang} />
          )}
        </div>
        {/* A slot as wide as the Export button, so the search box does not move when it appears. */}
        <div className="header-export">
          {data && <ExportMenu cy={props.cy} data={data} visible={props.visible} lang={lang} />}
        </div>
        <OpenDocument onGraph={props.onGraph} lang={lang} />
        <button type="button" className="lang-switch" lang={other} onClick={() => props.onLang(other)}>
          {t.switchTo}
        </button>
      </div>
    </header>
  );
}
