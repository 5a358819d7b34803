// The site's addresses (routes), sitemap, JSON-LD, offline pages and the report-a-mistake link.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './json-ld.ts';
export * from './offline.ts';
export * from './report-mistake.ts';
export * from './routes.ts';
export * from './sitemap.ts';
