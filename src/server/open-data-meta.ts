// The licence, sources and build stamp every download carries (the build time: ./build-time.ts).
import { loadCatalog } from './load-catalog.ts';
import { buildTime } from './build-time.ts';
import { openDataMeta, type OpenDataMeta } from '../lib/open-data/meta.ts';

export { buildTime };

export function downloadMeta(site: URL): OpenDataMeta {
  return openDataMeta(loadCatalog(), site, buildTime());
}
