// Text helpers shared by the importers: ASCII slugs and Latvian genitive forms of place names.

const LATVIAN_ASCII: Record<string, string> = {
  ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', š: 's', ū: 'u', ž: 'z', ō: 'o', ŗ: 'r',
};

/** Latvian letters folded to plain ASCII, lower case: "Rūjiena" → "rujiena". */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[āčēģīķļņšūžōŗ]/g, (c) => LATVIAN_ASCII[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A lower-case ASCII slug of words joined by single dashes: "Vecpiebalgas pagasts" → "vecpiebalgas-pagasts". */
export function slugify(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Genitive forms a Latvian place name can take inside a municipality name
 * ("Madona" → "Madonas" as in "Madonas novads"). Only used for matching names, so it may
 * return more than one candidate.
 */
export function genitiveForms(name: string): Set<string> {
  const out = new Set<string>();
  if (/pils$/.test(name) || /us$/.test(name)) out.add(name); // Daugavpils, Salaspils, Saldus
  else if (/is$/.test(name)) out.add(name.slice(0, -2) + 'u'); // Cēsis → Cēsu
  else if (/s$/.test(name)) out.add(name.slice(0, -1) + 'a'); // Tukums → Tukuma
  else if (/[ae]$/.test(name)) out.add(name + 's'); // Madona → Madonas, Ogre → Ogres
  else if (/i$/.test(name)) out.add(name.slice(0, -1) + 'u'); // Balvi → Balvu
  return out;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Round a coordinate to 5 decimals (about 1 m), so output is stable and small. */
export function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
