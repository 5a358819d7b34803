// Small readers of a loaded page, shared by the browser tests.
import type { Locator, Page } from 'playwright-core';

/** The paths (pathname only) of every link in the page or part, resolved against the page URL. */
export async function linkPaths(scope: Page | Locator): Promise<string[]> {
  return scope
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** hreflang → path of every <link rel="alternate" hreflang> in the head. */
export async function alternateLinks(page: Page): Promise<Record<string, string[]>> {
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('hreflang') ?? '', new URL((el as HTMLLinkElement).href).pathname] as const),
    );
  const out: Record<string, string[]> = {};
  for (const [hreflang, path] of links) (out[hreflang] ??= []).push(path);
  return out;
}

/** The text of an element without the text of its headings, whitespace collapsed. */
export async function textBesideHeadings(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((h) => h.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}
