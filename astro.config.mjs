// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// Static output only: the site is a folder of files any host can serve.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'https://pieejams.lv',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [preact()],
});
