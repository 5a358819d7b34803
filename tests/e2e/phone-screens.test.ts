// How long every service page is on a phone (390×844), in screens, in both languages, without
// JavaScript and with it (after scrolling to the end so every client:visible island hydrates).
// A page that needs more than ten screens has lost its reader; half of them should
// fit in six. The table of the longest pages is printed so a change shows its effect.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withPage } from './browser.ts';
import { LANGS, ROOT, pathFor, type Lang } from './site.ts';

const site = useSite();

const PHONE = { width: 390, height: 844 };
const MAX_SCREENS = 10;
const MAX_MEDIAN = 6;

/** Every service slug in data/services/*.json. */
function serviceSlugs(): string[] {
  const dir = `${ROOT}data/services/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => (JSON.parse(readFileSync(dir + name, 'utf8')) as { slug: string }).slug)
    .sort();
}

/** Scrolls a screen at a time to the end (so islands that wait to be visible hydrate), then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += PHONE.height) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function screensOf(page: Page, path: string, javaScript: boolean): Promise<number> {
  await page.goto(site.url(path));
  if (javaScript) await scrollThrough(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  return height / PHONE.height;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const MODES = [
  { name: 'without JavaScript', javaScript: false },
  { name: 'with JavaScript', javaScript: true },
] as const;

describe.each(LANGS)('service pages on a phone in %s', (lang: Lang) => {
  test.each(MODES)(
    'every page fits ten screens and the median six, $name',
    async ({ javaScript }) => {
      const measured: { slug: string; screens: number }[] = [];
      await withPage(site, { javaScriptEnabled: javaScript }, async (page) => {
        await page.setViewportSize(PHONE);
        for (const slug of serviceSlugs()) {
          measured.push({ slug, screens: await screensOf(page, pathFor(lang, { kind: 'service', slug }), javaScript) });
        }
      });
      const screens = measured.map((m) => m.screens);
      const longest = [...measured].sort((a, b) => b.screens - a.screens).slice(0, 5);
      console.log(
        `${lang}, JS ${javaScript ? 'on' : 'off'}: ${measured.length} pages, median ${median(screens).toFixed(1)}, ` +
          `max ${Math.max(...screens).toFixed(1)}; longest ${longest.map((m) => `${m.slug} ${m.screens.toFixed(1)}`).join(', ')}`,
      );
      expect(measured.filter((m) => m.screens > MAX_SCREENS).map((m) => `${m.slug} ${m.screens.toFixed(1)}`)).toEqual(
        [],
      );
      expect(median(screens)).toBeLessThanOrEqual(MAX_MEDIAN);
    },
    600_000,
  );
});
