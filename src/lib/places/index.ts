// Places: distances, the nearest places and the finder's answer, the gazetteer search, the
// place field's input, who to ask, address matching, and the files the browser loads.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './access-needs.ts';
export * from './address-match.ts';
export * from './client-files.ts';
export * from './contact.ts';
export * from './gazetteer-search.ts';
export * from './geo.ts';
export * from './nearest-answer.ts';
export * from './nearest.ts';
export * from './query.ts';
