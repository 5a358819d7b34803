// Which map tiles the maps draw and how they are credited: PUBLIC_TILE_URL and
// PUBLIC_TILE_ATTRIBUTION at build time (README), by default OpenStreetMap's standard tiles. The
// CSP allows images from this host only (src/integrations/security-policy.ts).

/** OpenStreetMap's standard tiles (https://operations.osmfoundation.org/policies/tiles/). */
const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const env = import.meta.env as Record<string, string | undefined>;
/** Tile URL template, from PUBLIC_TILE_URL at build time. */
export const TILE_URL = env.PUBLIC_TILE_URL || DEFAULT_TILE_URL;
/** Tile attribution (HTML), from PUBLIC_TILE_ATTRIBUTION at build time. */
export const TILE_ATTRIBUTION = env.PUBLIC_TILE_ATTRIBUTION || DEFAULT_ATTRIBUTION;
