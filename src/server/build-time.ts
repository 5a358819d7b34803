// The time of the build, read here at build time so src/lib stays free of the clock;
// SOURCE_DATE_EPOCH (seconds) makes it reproducible.
import { rigaMoment } from '../lib/hours/riga-time.ts';

export function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** The day of the build in Riga, YYYY-MM-DD: no record can have been checked later. */
export function buildDay(): string {
  return rigaMoment(buildTime()).date;
}
