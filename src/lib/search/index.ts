// Search: the index, the searcher, folding, stemming and stop words.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './browser-search.ts';
export * from './fold.ts';
export * from './index-file.ts';
export * from './query.ts';
export * from './records.ts';
export * from './search.ts';
export * from './stem.ts';
export * from './stop-words.ts';
