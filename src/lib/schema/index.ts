// One import point for every data schema; types come from here, never hand-copied.
export * from './common.ts';
export * from './institution.ts';
export * from './life-situation.ts';
export * from './channel.ts';
export * from './place.ts';
export * from './service.ts';
export * from './municipality.ts';
export * from './gazetteer.ts';
export * from './special-day.ts';
export * from './service-set.ts';
export * from './everyday-phrases.ts';
