// The site's address, for every absolute link the build writes (canonical links, JSON-LD, the
// print card's QR code, downloads, the sitemap). astro.config.mjs sets it from SITE_URL; this
// fallback only answers when Astro was given none, so every page falls back the same way.
export const DEFAULT_SITE = 'https://pieejams.lv';

/** The site URL from an Astro page (`Astro`) or endpoint context (`{ site }`). */
export function siteUrl(context: { readonly site?: URL | undefined }): URL {
  return context.site ?? new URL(DEFAULT_SITE);
}
