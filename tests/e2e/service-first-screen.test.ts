// The first screen of a service page on a phone (390×844) answers the person's question, in both
// languages, with and without JavaScript: the clean title (the translation mark is a
// tag after the h1), one sentence, the true answer (passport-eid is in person only, whatever its
// booking e-service), the primary action and the way to the nearest place.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSite, withPage } from './browser.ts';
import { LANGS, pathFor, uiText, type Lang } from './site.ts';

const site = useSite();
const PHONE = { width: 390, height: 844 };

/** Whether the element is visible and ends within the first screen. */
async function inFirstScreen(locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

async function open(page: Page, lang: Lang, slug: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(site.url(pathFor(lang, { kind: 'service', slug })));
}

const MODES = [
  { name: 'without JavaScript', javaScriptEnabled: false },
  { name: 'with JavaScript', javaScriptEnabled: true },
] as const;

describe.each(LANGS)('the first screen of a service page in %s', (lang) => {
  describe.each(MODES)('$name', ({ javaScriptEnabled }) => {
    test('passport-eid: in person only, no online application claimed, "Book an appointment" and "Where to go"', async () => {
      await withPage(site, { javaScriptEnabled }, async (page) => {
        await open(page, lang, 'passport-eid');
        const h1 = page.locator('h1');
        expect(await inFirstScreen(h1)).toBe(true);
        expect(await h1.innerText()).not.toContain(uiText(lang, 'service.ourTranslation'));
        if (lang === 'en') expect(await inFirstScreen(page.locator('h1 + .translation-tag .tag'))).toBe(true);
        expect(await inFirstScreen(page.locator('p.lead'))).toBe(true);
        const answer = page.locator('#answer');
        expect(await answer.innerText()).toContain(uiText(lang, 'answer.inPersonOnly'));
        expect(await answer.innerText()).not.toContain(uiText(lang, 'answer.online'));
        expect(await page.getByRole('link', { name: uiText(lang, 'answer.start') }).count()).toBe(0);
        const book = answer.getByRole('link', { name: uiText(lang, 'answer.book') });
        expect(await book.getAttribute('href')).toBe('https://latvija.lv/Epakalpojumi/EP145/Instrukcija');
        expect(await inFirstScreen(book)).toBe(true);
        const where = answer.getByRole('link', { name: uiText(lang, 'answer.whereToGo') });
        expect(await where.getAttribute('href')).toBe('#places');
        expect(await inFirstScreen(where)).toBe(true);
      });
    });

    test('residence-declaration: "Start now" to the e-service that completes it, and the nearest place', async () => {
      await withPage(site, { javaScriptEnabled }, async (page) => {
        await open(page, lang, 'residence-declaration');
        expect(await inFirstScreen(page.locator('h1'))).toBe(true);
        expect(await inFirstScreen(page.locator('p.lead'))).toBe(true);
        const answer = page.locator('#answer');
        expect(await answer.innerText()).toContain(uiText(lang, 'answer.online'));
        const start = answer.getByRole('link', { name: new RegExp(`^${uiText(lang, 'answer.start')}`) });
        expect(await start.getAttribute('href')).toBe('https://latvija.gov.lv/Services/12209');
        expect(await inFirstScreen(start)).toBe(true);
        const nearest = answer.getByRole('link', { name: uiText(lang, 'answer.orInPerson') });
        expect(await nearest.getAttribute('href')).toBe('#places');
        expect(await inFirstScreen(nearest)).toBe(true);
      });
    });
  });
});
