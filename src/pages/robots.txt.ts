// /robots.txt: crawl everything; the sitemap's absolute URL.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap.ts';
import { siteUrl } from '../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteUrl({ site })), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
