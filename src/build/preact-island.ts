// Before rendering a framework component, Astro asks each renderer whether the component is its
// own, and @astrojs/preact answers by rendering it: every island was rendered twice per page
// (about 1.3 s of a 7 500-page build shard). A component that carries its renderer's name under
// Symbol.for('astro:renderer') skips that question; Astro's own JSX integrations tag components
// the same way (__astro_tag_component__ in astro/dist/runtime/server). Call it in the frontmatter
// of the .astro file that uses the island; tagging again is harmless.
const RENDERER = Symbol.for('astro:renderer');

export function preactIsland(component: object): void {
  if (RENDERER in component) return;
  Object.defineProperty(component, RENDERER, { value: '@astrojs/preact', enumerable: false });
}
