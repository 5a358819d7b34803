// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import serviceWorker from './src/integrations/service-worker.ts';
import { loadEnv } from 'vite';
import securityHeaders from './src/integrations/security-headers.ts';
import { cspDirectives } from './src/integrations/security-policy.ts';

// PUBLIC_TILE_URL from the environment or a .env file, as the map island sees it.
const env = loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_');

// Static output only: the site is a folder of files any host can serve.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'https://pieejams.lv',
  trailingSlash: 'always',
  // Several pages in flight let file writes overlap rendering (measured: 164 s → 156 s on the
  // synthetic 5 000-service build).
  build: { format: 'directory', concurrency: 4 },
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // Content-Security-Policy <meta> on every page: script-src/style-src are 'self' plus hashes
  // of Astro's own inline scripts and styles; the rest is in src/integrations/security-policy.ts.
  security: { csp: { directives: cspDirectives(process.env.PUBLIC_TILE_URL || env.PUBLIC_TILE_URL || undefined) } },
  // Only the islands are Preact components: without `include`, the integration ran Babel over
  // every .ts file of the build (about 2 s of each build process).
  integrations: [preact({ include: ['**/src/islands/*.tsx'] }), serviceWorker(), securityHeaders()],
});
