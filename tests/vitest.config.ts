// Three projects: 'unit' (pure lib, data and i18n checks, in Node, on Riga time), 'hours-utc'
// (the hours tests again on a UTC clock) and 'e2e' (Chromium against the built dist/, one server
// and one browser shared by all files).
// Run from the repository root: vitest run --config tests/vitest.config.ts --project unit --project hours-utc
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The repository root, whatever directory vitest was started from. */
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    root,
    // The standard reporter ends with the "Test Files … / Tests … passed" summary CI reads.
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The site's clock: Riga time, as on a visitor's machine in Latvia.
          env: { TZ: 'Europe/Riga' },
          // Through Vite, so that its server renderer's astro:preact:opts import can be mocked
          // (tests/unit/build/preact-island.test.ts renders a component with it).
          server: { deps: { inline: ['@astrojs/preact'] } },
        },
      },
      {
        // The hours and time code again on a machine whose clock is UTC (a CI runner, a server):
        // Riga time must not depend on the time zone of the machine.
        test: {
          name: 'hours-utc',
          root,
          include: ['tests/unit/lib/hours/*.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One file after another in one worker, so they share the server and Chromium.
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
