// Astro runs src/middleware.ts around every page and file it renders. The only middleware is the
// sharded build's placeholder for pages without parameters (src/build/placeholder.ts).
export { placeholderMiddleware as onRequest } from './build/placeholder.ts';
