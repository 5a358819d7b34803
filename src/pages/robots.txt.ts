// /robots.txt: crawl everything; the sitemap's absolute URL.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site ?? 'https://pieejams.lv'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
