// Runs around every page and file the build renders. In a sharded build (src/build/build.ts,
// src/build/shard.ts) only the first process renders the pages and files without parameters;
// the others answer with an empty placeholder, which the merge drops in favour of the first
// shard's file. On the synthetic 5 000-service catalogue these (services.json, the CPSV-AP file,
// the report and A–Z pages, the sitemap …) are about 100 MB and several seconds per process.
import { defineMiddleware } from 'astro:middleware';
import { parseShard, rendersUnsharedPages } from './build/shard.ts';

const renderUnshared = rendersUnsharedPages(parseShard(process.env.PIEEJAMS_SHARD));

export const onRequest = defineMiddleware((context, next) => {
  if (!renderUnshared && Object.keys(context.params).length === 0) return new Response('');
  return next();
});
