// Text: numbers, dates and times per language; sentences.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './format.ts';
export * from './localized.ts';
export * from './sentences.ts';
export * from './template.ts';
