// The catalogue as a whole: validating data/ with precise messages, the questions pages ask
// (who offers what, where), the A–Z filters, coverage figures, and answers kept per catalogue.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './catalog.ts';
export * from './coverage.ts';
export * from './cross-checks.ts';
export * from './data-file.ts';
export * from './filters.ts';
export * from './memo.ts';
export * from './parse-records.ts';
export * from './problems.ts';
export * from './validate.ts';
