import { useMemo } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import type { Lang } from '../../core/explorer/view-types';
import { searchIndexFor } from '../../core/explorer/search';
import { ConceptCombobox } from './ConceptCombobox';
import { SEARCH_STRINGS } from './strings';

export interface SearchBoxProps {
  data: GraphData;
  lang: Lang;
  /** Called with the chosen concept's node id (the app selects and centres it). */
  onChoose: (nodeId: string) => void;
}

/** The explorer's concept search: Chinese, English, pinyin or initials. */
export function SearchBox({ data, lang, onChoose }: SearchBoxProps) {
  const index = useMemo(() => searchIndexFor(data), [data]);
  return (
    <div className="pg-search" role="search">
      <ConceptCombobox
        index={index}
        label={SEARCH_STRINGS[lang].search}
        hint={SEARCH_STRINGS[lang].hint}
        lang={lang}
        onChoose={(id) => onChoose(id)}
      />
    </div>
  );
}
