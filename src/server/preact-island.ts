// Before rendering a framework component, Astro asks each renderer whether the component is its
// own, and @astrojs/preact answers by rendering it: every island was rendered twice per page
// (about 1.3 s of a 7 500-page build shard). Tagging the component with its renderer, as Astro's
// own JSX integrations do, skips that question. Call it in the frontmatter of the .astro file that
// uses the island; tagging twice is harmless.
import { __astro_tag_component__ } from 'astro/runtime/server/index.js';

export function preactIsland(component: unknown): void {
  __astro_tag_component__(component, '@astrojs/preact');
}
