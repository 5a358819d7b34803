// The combobox acceptance criteria of src/islands/README.md, once for each island that uses
// src/islands/combobox.ts: the service search (#q on the home page) and the place field of the
// nearest finder (#nearest-place on a service page). Same keys, same ARIA, same results.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { pathFor } from './site.ts';

const site = useSite();
const LANG = 'lv';

interface Box {
  name: string;
  path: string;
  /** Ids of the text box and the list; options are `${optionPrefix}${i}`. */
  input: string;
  list: string;
  optionPrefix: string;
  /** Text that shows more than one option. */
  query: string;
}

const BOXES: Box[] = [
  {
    name: 'service search',
    path: pathFor(LANG, { kind: 'home' }),
    input: 'q',
    list: 'q-results',
    optionPrefix: 'q-option-',
    query: 'pase',
  },
  {
    name: 'nearest place field',
    path: pathFor(LANG, { kind: 'service', slug: 'residence-declaration' }),
    input: 'nearest-place',
    list: 'nearest-options',
    optionPrefix: 'nearest-option-',
    query: 'valm',
  },
];

const attr = (page: Page, id: string, name: string) => page.locator(`#${id}`).getAttribute(name);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
const caret = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) => (el as HTMLInputElement).selectionStart);
/** The ids of the options with aria-selected="true". */
const selected = (page: Page, list: string) =>
  page.locator(`#${list} [role="option"][aria-selected="true"]`).evaluateAll((els) => els.map((e) => e.id));

describe.each(BOXES)('the combobox: $name', (box) => {
  async function open(page: Page): Promise<number> {
    const response = await page.goto(site.url(box.path));
    expect(response?.status()).toBe(200);
    await page.locator(`#${box.input}[role="combobox"]`).waitFor();
    await page.locator(`#${box.input}`).click();
    await page.keyboard.type(box.query, { delay: 30 });
    await page.locator(`#${box.list} [role="option"]`).first().waitFor();
    // The finder searches again when the places abroad arrive (which resets the active option): let them.
    await page.waitForLoadState('networkidle');
    return page.locator(`#${box.list} [role="option"]`).count();
  }

  test('the box, the list and the options carry the combobox roles and states', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(box.path));
      await page.locator(`#${box.input}[role="combobox"]`).waitFor();
      expect(await attr(page, box.input, 'aria-expanded'), 'closed before typing').toBe('false');
      expect(await attr(page, box.input, 'aria-autocomplete')).toBe('list');
      expect(await attr(page, box.input, 'aria-controls')).toBe(box.list);
      expect(await attr(page, box.input, 'aria-describedby'), 'a hint says how to use it').toBeTruthy();
      expect(await attr(page, box.list, 'role')).toBe('listbox');
      expect(await attr(page, box.list, 'aria-label')).toBeTruthy();
      expect(await page.locator(`#${box.list}`).isHidden()).toBe(true);

      const count = await open(page);
      expect(count).toBeGreaterThan(1);
      expect(await attr(page, box.input, 'aria-expanded')).toBe('true');
      expect(await attr(page, box.input, 'aria-activedescendant'), 'typing makes no option active').toBeNull();
      expect(await page.locator(`#${box.list}`).isVisible()).toBe(true);
      const ids = await page
        .locator(`#${box.list} [role="option"]`)
        .evaluateAll((els) => els.map((e) => [e.id, e.getAttribute('aria-selected')]));
      expect(ids).toEqual(ids.map((_, i) => [`${box.optionPrefix}${i}`, 'false']));
    });
  });

  test('Down and Up move the active option, wrapping round, and focus stays in the box', async () => {
    await withPage(site, {}, async (page) => {
      const count = await open(page);
      const last = `${box.optionPrefix}${count - 1}`;
      await page.keyboard.press('ArrowUp');
      expect(await attr(page, box.input, 'aria-activedescendant'), 'Up from none: the last').toBe(last);
      await page.keyboard.press('ArrowDown');
      expect(await attr(page, box.input, 'aria-activedescendant'), 'Down from the last: the first').toBe(
        `${box.optionPrefix}0`,
      );
      await page.keyboard.press('ArrowDown');
      expect(await attr(page, box.input, 'aria-activedescendant')).toBe(`${box.optionPrefix}1`);
      expect(await selected(page, box.list), 'exactly the active option is selected').toEqual([`${box.optionPrefix}1`]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await attr(page, box.input, 'aria-activedescendant'), 'Up from the first: the last').toBe(last);
      expect(await focused(page)).toBe(box.input);
    });
  });

  test('Home and End move the caret in the text and keep the active option', async () => {
    await withPage(site, {}, async (page) => {
      await open(page);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
      expect(await caret(page, box.input)).toBe(0);
      await page.keyboard.press('End');
      expect(await caret(page, box.input)).toBe(box.query.length);
      expect(await attr(page, box.input, 'aria-activedescendant')).toBe(`${box.optionPrefix}0`);
      expect(await page.locator(`#${box.input}`).inputValue()).toBe(box.query);
    });
  });

  test('Escape clears the box and closes the list; then the arrows do nothing', async () => {
    await withPage(site, {}, async (page) => {
      await open(page);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      expect(await page.locator(`#${box.input}`).inputValue()).toBe('');
      expect(await attr(page, box.input, 'aria-expanded')).toBe('false');
      expect(await attr(page, box.input, 'aria-activedescendant')).toBeNull();
      expect(await page.locator(`#${box.list}`).isHidden()).toBe(true);
      expect(await focused(page)).toBe(box.input);
      await page.keyboard.press('ArrowDown');
      expect(await attr(page, box.input, 'aria-expanded')).toBe('false');
      expect(await attr(page, box.input, 'aria-activedescendant')).toBeNull();
    });
  });

  test('Enter picks the active option; a click on an option does the same', async () => {
    await withPage(site, {}, async (page) => {
      // The search opens the service; the finder closes the list and shows the places near the pick.
      const picked = async (option: string) => {
        if (box.input === 'q') await page.waitForURL((url) => url.pathname === option);
        else {
          await page.locator('.nearest-results > li').first().waitFor();
          expect(await page.locator('#nearest-results-h').textContent()).toContain(option);
          expect(await attr(page, box.input, 'aria-expanded')).toBe('false');
        }
      };
      const optionTarget = async (i: number) => {
        const option = page.locator(`#${box.optionPrefix}${i}`);
        return box.input === 'q'
          ? new URL((await option.getAttribute('href'))!, site.url('/')).pathname
          : (await option.textContent())!.split(' (')[0]!;
      };
      await open(page);
      await page.keyboard.press('ArrowDown');
      const first = await optionTarget(0);
      await page.keyboard.press('Enter');
      await picked(first);
      await open(page);
      const second = await optionTarget(1);
      await page.locator(`#${box.optionPrefix}1`).click();
      await picked(second);
    });
  });
});
