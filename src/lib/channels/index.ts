// Channels: the ways to request and receive a service, the steps that help one, the finder's
// answers, the first-screen answer of a service page, and what to bring.
// Every module of the folder, for code that wants the whole concept; modules that ship to the
// browser import the one module they use, so a bundle holds only that.
export * from './channels.ts';
export * from './checklist.ts';
export * from './finder.ts';
export * from './service-answer.ts';
export * from './steps.ts';
