// preactIsland() tags a Preact component with its renderer so that Astro, rendering it on a page,
// skips asking each renderer "is this yours?" (which @astrojs/preact answers by rendering the
// component once more). This renders a component through Astro with the real Preact renderer and
// counts how often the component itself runs: twice untagged, once tagged.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createComponent, render, renderComponent } from 'astro/runtime/server/index.js';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { h, type FunctionComponent } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { preactIsland } from '../../../src/build/preact-island.ts';

// The options module the Preact integration normally provides through Vite.
vi.mock('astro:preact:opts', () => ({ default: {} }));

/** A Preact component that counts its renders, placed on an Astro page the way an .astro file places it. */
async function rendersOnAPage(tag: boolean): Promise<{ html: string; renders: number; checks: number }> {
  let renders = 0;
  const Island: FunctionComponent<{ name: string }> = ({ name }) => {
    renders += 1;
    return h('p', null, `Hello ${name}`);
  };
  if (tag) preactIsland(Island);
  const Page = createComponent(
    (result: Parameters<typeof renderComponent>[0]) =>
      render`<main>${renderComponent(result, 'Island', Island, { name: 'Rīga' })}</main>`,
  );

  const server = await import('@astrojs/preact/server.js');
  const check = vi.fn(server.default.check);
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: getContainerRenderer().name, renderer: { ...server.default, check } });
  const html = await container.renderToString(Page);
  return { html, renders, checks: check.mock.calls.length };
}

describe('preactIsland', () => {
  it('without the tag, Astro asks the Preact renderer, which renders the component a second time', async () => {
    const page = await rendersOnAPage(false);
    expect(page.html).toContain('<p>Hello Rīga</p>');
    expect(page.checks).toBe(1);
    expect(page.renders).toBe(2);
  });

  it('with the tag, Astro goes straight to the Preact renderer and renders the component once', async () => {
    const page = await rendersOnAPage(true);
    expect(page.html).toContain('<p>Hello Rīga</p>');
    expect(page.checks).toBe(0);
    expect(page.renders).toBe(1);
  });

  it('tagging twice is harmless', () => {
    const Island = () => null;
    preactIsland(Island);
    expect(() => preactIsland(Island)).not.toThrow();
  });
});
