// Once per e2e run: one static server for dist/ and one Chromium, shared by every test file
// (browser.ts's useSite() connects to them through the values provided here).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from './chromium-path.mjs';
import { DIST, startServer } from './serve.mjs';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const options = chromiumLaunchOptions(); // throws the install hint when Chromium is missing
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`The built site is missing (no ${join(DIST, 'index.html')}): run \`npm run build\` first.`);
  }
  const server = await startServer({ port: 0 });
  const browser = await chromium.launchServer(options);
  project.provide('baseURL', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
