// What a refresh changed, record by record, and the guard that keeps curated values: a place whose
// facts also come from pages a person read (any source that is not one of the official imports)
// keeps its curated address, phone, e-mail, hours and name when the official data says otherwise,
// and the difference is printed as a conflict for the reviewer to settle by hand. A value the
// record did not have is filled in. Pure: records in, records and report lines out.

import type { Place } from '../lib/schema/place.ts';

/** Place fields a person curates; an official value that differs is a conflict, never written silently. */
export const CURATED_FIELDS = [
  'name',
  'address',
  'postcode',
  'city',
  'municipality',
  'phone',
  'email',
  'openingHours',
  'hoursPublished',
] as const;

export interface Conflict {
  id: string;
  field: string;
  curated: unknown;
  official: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Restore curated values the import replaced. `officialUrls` are the import's own sources; a
 * place with any other source is curated. Returns the places to write and the conflicts.
 */
export function keepCurated(
  before: readonly Place[],
  after: readonly Place[],
  officialUrls: ReadonlySet<string>,
): { places: Place[]; conflicts: Conflict[] } {
  const old = new Map(before.map((p) => [p.id, p]));
  const conflicts: Conflict[] = [];
  const places = after.map((p) => {
    const prev = old.get(p.id);
    if (!prev || prev.sources.every((s) => officialUrls.has(s.url))) return p;
    let out = p;
    for (const field of CURATED_FIELDS) {
      const curated = prev[field];
      const official = p[field];
      if (curated === null || curated === undefined || same(curated, official)) continue;
      conflicts.push({ id: p.id, field, curated, official });
      out = { ...out, [field]: curated };
    }
    return out;
  });
  return { places, conflicts };
}

export function formatConflicts(file: string, conflicts: readonly Conflict[]): string[] {
  return conflicts.map(
    (c) =>
      `  CONFLICT ${file} ${c.id} ${c.field}: curated ${JSON.stringify(c.curated)}, official ${JSON.stringify(c.official)} — kept the curated value; edit the record to take the official one`,
  );
}

/** Per record: added, removed, and for changed records the fields that changed. */
export function describeChanges<T extends object>(
  file: string,
  before: readonly T[],
  after: readonly T[],
  key: (r: T) => string,
): string[] {
  const old = new Map(before.map((r) => [key(r), r]));
  const now = new Map(after.map((r) => [key(r), r]));
  const lines: string[] = [];
  let onlyChecked = 0;
  for (const [k, r] of now) {
    const prev = old.get(k);
    if (!prev) {
      lines.push(`  added    ${file} ${k}`);
      continue;
    }
    const fields = [...new Set([...Object.keys(prev), ...Object.keys(r)])].filter(
      (f) => !same((prev as Record<string, unknown>)[f], (r as Record<string, unknown>)[f]),
    );
    if (fields.length === 0) continue;
    // A new check date alone is the refresh confirming the record; counted, not listed.
    if (fields.length === 1 && fields[0] === 'checked') {
      onlyChecked++;
      continue;
    }
    lines.push(
      `  changed  ${file} ${k}: ${fields.map((f) => `${f} ${JSON.stringify((prev as Record<string, unknown>)[f])} → ${JSON.stringify((r as Record<string, unknown>)[f])}`).join('; ')}`,
    );
  }
  for (const k of old.keys()) if (!now.has(k)) lines.push(`  removed  ${file} ${k}`);
  if (onlyChecked) lines.push(`  ${file}: ${onlyChecked} record(s) unchanged but for the new check date`);
  if (lines.length === 0) lines.push(`  ${file}: no change`);
  return lines;
}
