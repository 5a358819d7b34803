// sitemap.xml lists every page in both languages, and robots.txt names it.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { sitemapPages, sitemapXml, robotsTxt } from '../../../../src/lib/site/sitemap.ts';

const catalog = loadCatalog();
const SITE = 'https://example.test/';

describe('sitemap.xml and robots.txt', () => {
  const pages = sitemapPages(catalog);
  const xml = sitemapXml(pages, SITE);

  it('lists every page in both languages, each with lv, en and x-default alternates', () => {
    const urls = xml.match(/<url>/g) ?? [];
    expect(urls).toHaveLength(pages.length * 2);
    expect(xml.match(/hreflang="lv"/g)).toHaveLength(pages.length * 2);
    expect(xml.match(/hreflang="en"/g)).toHaveLength(pages.length * 2);
    expect(xml.match(/hreflang="x-default"/g)).toHaveLength(pages.length * 2);
    expect(pages.filter((p) => p.kind === 'service')).toHaveLength(catalog.services.length);
    expect(pages.filter((p) => p.kind === 'place')).toHaveLength(catalog.places.length);
  });

  it('names the sitemap in robots.txt by its absolute URL', () => {
    expect(robotsTxt(SITE)).toContain('Sitemap: https://example.test/sitemap.xml');
  });
});
