// What the search island fetches on first focus, as one chunk: the unpacker of the index file and
// the searcher. Building the index (the catalogue, the channel environments) stays out of it.
export { unpackSearchIndex } from './index-file.ts';
export { createSearcher } from './search.ts';
