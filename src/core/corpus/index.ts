/** The corpus: several documents read together (src/core/corpus). */
export { buildCorpus, corpusOrder, statusAlong } from './build';
export { findMeetings, sameMeeting, type Meeting } from './meetings';
export { mergeConcepts, normalizeSurface } from './merge';
export { profileDocument, type DocumentProfile } from './profile';
export { findRelations } from './relations';
export * from './schema';
