// In a sharded build (build.ts, shard.ts) only the first process renders the pages and files
// without parameters; the others answer them with an empty placeholder, which the merge drops in
// favour of the first shard's file. On the synthetic 5 000-service catalogue these (services.json,
// the CPSV-AP file, the report and A–Z pages, the sitemap …) are about 100 MB and several seconds
// per process. src/middleware.ts is only the file name Astro looks for; the rule lives here.
import { defineMiddleware } from 'astro:middleware';
import { answersWithPlaceholder, parseShard } from './shard.ts';

const shard = parseShard(process.env.PIEEJAMS_SHARD);

export const placeholderMiddleware = defineMiddleware((context, next) => {
  if (answersWithPlaceholder(context.params, shard)) return new Response('');
  return next();
});
