// The open-data downloads: JSON, GeoJSON, CSV (+ CSVW, BOM), JSON Schema and CPSV-AP, their
// addresses, and the licence and sources each carries.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './cpsv-ap.ts';
export * from './csv-bom.ts';
export * from './csv-tables.ts';
export * from './csv.ts';
export * from './csvw.ts';
export * from './downloads.ts';
export * from './files.ts';
export * from './json.ts';
export * from './meta.ts';
