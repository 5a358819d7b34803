// The one axe-core check of the browser tests: WCAG 2.0/2.1 A and AA and WCAG 2.2 AA, with a
// failure message that names each rule, its help page and the elements that break it.
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG levels every page is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One readable block per violation: rule id, impact, help text, link and the elements. */
export function axeReport(path: string, violations: Result[]): string {
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

/**
 * Runs axe on the page as it is now (the whole page, or only the elements matching `include`)
 * and fails with the report when anything violates WCAG_TAGS. `path` names the page in the
 * message; it defaults to the page's own path.
 */
export async function expectNoAxeViolations(
  page: Page,
  path = new URL(page.url()).pathname,
  include?: string,
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  if (violations.length > 0) {
    const text = axeReport(include ? `${path} (${include})` : path, violations);
    console.error(text);
    expect.fail(text);
  }
}
