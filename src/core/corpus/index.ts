/** The corpus: several documents read together (src/core/corpus). */
export { buildCorpus, corpusOrder, statusAlong } from './build';
export { findMeetings, sameMeeting, type Meeting } from './meetings';
export { mergeConcepts, normalizeSurface } from './merge';
export { profileDocument, type DocumentProfile } from './profile';
export { findRelations } from './relations';
export * from './schema';
export { compareDocuments, sortRows, type Comparison, type ComparisonRow, type ComparisonSort } from './compare';
export { corpusGraphData, corpusSectionId, documentThemeId, CORPUS_GRAPH_ID, type CorpusGraph } from './graph';
export { kindName, shortNames } from './names';
