// The licence, sources and build stamp every download carries. The build time is read here,
// at build time, so src/lib stays free of the clock; SOURCE_DATE_EPOCH (seconds) makes it reproducible.
import { loadCatalog } from './load-catalog.ts';
import { openDataMeta, type OpenDataMeta } from '../lib/open-data.ts';

export function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function downloadMeta(site: URL | undefined): OpenDataMeta {
  return openDataMeta(loadCatalog(), site ?? 'https://pieejams.lv', buildTime());
}
