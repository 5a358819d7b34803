// The four access dimensions of PU2-14 per service, their words, and the managers' report
// (tables, gaps, advice, social groups, abroad, territory, CSV and JSON).
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './abroad.ts';
export * from './advice.ts';
export * from './cross-border.ts';
export * from './dimension-cross-border.ts';
export * from './dimension-multichannel.ts';
export * from './dimension-result.ts';
export * from './dimension-social-groups.ts';
export * from './dimension-territorial.ts';
export * from './dimensions.ts';
export * from './overview.ts';
export * from './report-coverage.ts';
export * from './report-csv.ts';
export * from './report-page.ts';
export * from './report.ts';
export * from './social.ts';
export * from './territory-page.ts';
export * from './text.ts';
