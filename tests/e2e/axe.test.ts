// axe-core on every kind of page in both languages (and the 404 page):
// no WCAG 2.0/2.1 A and AA or WCAG 2.2 AA violations.
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { LANGS, pathFor, sitePages } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useSite();

/** One readable block per violation: rule id, impact, help text, link and the elements. */
function report(path: string, violations: Result[]): string {
  const lines = [`${violations.length} axe violation(s) on ${path}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`, `  ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 10)) {
      lines.push(`    at ${node.target.join(' ')}`);
      if (node.failureSummary) lines.push(`       ${node.failureSummary.replace(/\n\s*/g, ' ')}`);
    }
    if (v.nodes.length > 10) lines.push(`    … and ${v.nodes.length - 10} more`);
  }
  return lines.join('\n');
}

async function audit(path: string, expectedStatus = 200): Promise<void> {
  await withPage(site, {}, async (page) => {
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status(), `${path} should load`).toBe(expectedStatus);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    if (violations.length > 0) {
      const text = report(path, violations);
      console.error(text);
      expect.fail(text);
    }
  });
}

describe.each(LANGS)('axe in %s', (lang) => {
  for (const { name, ref, missing } of sitePages()) {
    test(name, async () => {
      if (missing) expect.fail(missing);
      await audit(pathFor(lang, ref));
    });
  }
});

test('axe on the 404 page', async () => {
  await audit('/lv/sis-adreses-nav/', 404);
});
