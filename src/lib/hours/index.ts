// Opening hours: the opening_hours subset, its compact codec, Rīga time, open now / next,
// published timetables read from text, and how a place's hours are described.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './codec.ts';
export * from './describe.ts';
export * from './from-text.ts';
export * from './open-status-text.ts';
export * from './open-status.ts';
export * from './opening-hours.ts';
export * from './riga-time.ts';
export * from './timetable-groups.ts';
export * from './timetable-tokens.ts';
