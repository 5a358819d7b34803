// On a phone (390×844) the place suggestions never cover the button that shows the places
// the list pushes the button down instead.
import { expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { pathFor } from './site.ts';

const site = useSite();

test('the place suggestions do not cover the submit button on a phone', async () => {
  await withPage(site, {}, async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url(pathFor('lv', { kind: 'service', slug: 'residence-declaration' })));
    const input = page.locator('#nearest-place[role="combobox"]');
    await input.waitFor();
    await input.fill('Rūj');
    const list = page.locator('#nearest-options');
    await list.locator('li').first().waitFor();
    const button = input.locator('xpath=ancestor::form[1]').locator('button[type="submit"]');
    const a = (await list.boundingBox())!;
    const b = (await button.boundingBox())!;
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap).toBe(false);
    expect(await button.isVisible()).toBe(true);
  });
});
