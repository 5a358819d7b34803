// Matching a Latvian street address as pages publish it ("Lāčplēša iela 1, Aizkraukles pilsēta,
// Aizkraukles nov., LV-5101", "Skolas ielā 17", "Gaismas iela 19 k-9", "Rīgā") against the
// addresses of the VZD address register, whose standard form is "Lāčplēša iela 1, Aizkraukle,
// Aizkraukles nov., LV-5101". Both sides are reduced to the same key: street name and type in
// one spelling, house number with its letter and building part ("1A", "12 k-2"), the postcode,
// and the stems of the town, village and parish names (so "Aizkraukles pilsēta", "Aizkraukle"
// and "Aizkrauklē" meet). A match must agree on street, number and place; anything less is
// unmatched with the reason, never the nearest guess.

export interface AddressKey {
  /** "lacplesa iela", "brivibas gatve", or a quoted building name ("siksnu skola"); null when none. */
  street: string | null;
  /** "1", "1a", "12 k-2", "5/7"; null when the address has no number. */
  house: string | null;
  postcode: string | null;
  /** Stems of the town / village / parish / state-city names in the address. */
  places: string[];
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\t]/g, ' ')
    .replace(/[–—]/g, '-');
}

// Street types in every case ending and abbreviation → one spelling.
const STREET_TYPES: [RegExp, string][] = [
  // Folded, the locative equals the nominative ("ielā" → "iela", "gatvē" → "gatve").
  [/^(iela|ielas|iel\.?|ie\.)$/, 'iela'],
  [/^(gatve|gatves|g\.)$/, 'gatve'],
  [/^(bulvaris|bulvari|bulvara|bulv\.?)$/, 'bulvaris'],
  [/^(prospekts|prospekta|prosp\.?|pr\.)$/, 'prospekts'],
  [/^(laukums|laukuma|lauk\.?)$/, 'laukums'],
  [/^(soseja|sosejas|sos\.?)$/, 'soseja'],
  [/^(aleja|alejas|al\.)$/, 'aleja'],
  [/^(krastmala|krastmalas)$/, 'krastmala'],
  [/^(linija|linijas|l\.)$/, 'linija'],
  [/^(cels|cela|celi)$/, 'cels'],
  [/^(skvers|skvera)$/, 'skvers'],
  [/^(dambis|dambi|dambja)$/, 'dambis'],
  [/^(skersiela|skersielas)$/, 'skersiela'],
];

function streetType(word: string): string | null {
  for (const [re, t] of STREET_TYPES) if (re.test(word)) return t;
  return null;
}

/** "Lielajā" → "liela" (the definite adjective in the locative), other words unchanged. */
function nominativeWord(w: string): string {
  return /[^aeiou]aja$/.test(w) ? w.slice(0, -3) + 'a' : w;
}

/** A place-name stem shared by its case forms: "aizkraukle", "aizkraukles", "aizkraukle" (loc.) → "aizkraukl". */
export function placeStem(name: string): string {
  const w = fold(name)
    .replace(/[^a-z0-9 -]/g, '')
    .trim();
  return w
    .split(/\s+/)
    .map((part) => part.replace(/(ai|as|es|is|us|os|a|e|i|u|s)$/, ''))
    .join(' ');
}

/** House number as the register writes it: "1 A" / "1a" → "1a", "12 k.2" / "12 korpuss 2" / "12, k-2" → "12 k-2". */
function houseKey(text: string): string | null {
  const t = fold(text).replace(/\s+/g, ' ').trim();
  const m =
    /^(\d+)\s?([a-z](?![.-]?\s?\d))?(?:\s?\/\s?(\d+[a-z]?))?(?:\s*,?\s*(?:k|korp|korpuss)\s?[.-]?\s?(\d+))?(?:\s*-\s*\d+)?$/.exec(
      t,
    );
  if (!m) return null;
  let key = m[1]! + (m[2] ?? '');
  if (m[3]) key += `/${m[3]}`;
  if (m[4]) key += ` k-${m[4]}`;
  return key;
}

const POSTCODE = /\bLV\s?-?\s?(\d{4})\b/i;

/**
 * Read an address into its key. Parts are the comma-separated pieces; the street part ends in a
 * street type followed by the number ("Lāčplēša iela 1"), or is a quoted building name.
 */
export function addressKey(address: string): AddressKey {
  const postcodeMatch = POSTCODE.exec(address);
  const postcode = postcodeMatch ? `LV-${postcodeMatch[1]}` : null;
  const withoutPostcode = address.replace(POSTCODE, ' ');
  const parts = withoutPostcode
    .replace(/\([^)]*\)/g, ' ')
    .split(',')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  let street: string | null = null;
  let house: string | null = null;
  const places: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const f = fold(part);
    const quoted = /^["“”„«»']\s*(.+?)\s*["“”„«»']$/.exec(part);
    if (street === null && quoted) {
      street = fold(quoted[1]!)
        .replace(/[^a-z0-9 ]/g, '')
        .trim();
      continue;
    }
    if (street === null && house === null) {
      const words = f.split(' ');
      const ti = words.findIndex((w, k) => k > 0 && streetType(w) !== null);
      if (ti > 0) {
        street = [...words.slice(0, ti).map(nominativeWord), streetType(words[ti]!)!].join(' ');
        const rest = words.slice(ti + 1).join(' ');
        // "Gaismas iela 19, k.9-1": the building part may follow in the next comma part.
        const next =
          parts[i + 1] !== undefined && /^(k|korp|korpuss)\s?[.-]?\s?\d+(-\d+)?$/i.test(fold(parts[i + 1]!))
            ? `, ${parts[++i]}`
            : '';
        house = rest === '' ? null : houseKey(rest + next);
        if (rest !== '' && house === null) house = `?${rest}`;
        continue;
      }
    }
    if (/\bnov\.?$|\bnovads$/.test(f)) continue; // the municipality: the postcode and town decide
    const parish = /^(.+?)\s+(pag\.?|pagasts)$/.exec(f);
    if (parish) {
      places.push(placeStem(parish[1]!));
      continue;
    }
    const town = /^(.+?)\s+(pilseta|pils\.)$/.exec(f);
    places.push(placeStem(town ? town[1]! : part));
  }
  return { street, house, postcode, places };
}

export interface AddressPoint {
  /** The register's code (KODS). */
  code: string;
  /** The register's standard address (STD). */
  address: string;
  lat: number;
  lon: number;
}

interface Indexed extends AddressPoint {
  key: AddressKey;
}

export interface AddressIndex {
  /** "street|house" → points. */
  byStreetHouse: Map<string, Indexed[]>;
  /** street → house numbers known on it (for the reason when a number is missing). */
  housesByStreet: Map<string, Set<string>>;
}

export function buildAddressIndex(points: Iterable<AddressPoint>): AddressIndex {
  const indexed = Array.from(points, (p): Indexed => ({ ...p, key: addressKey(p.address) })).filter(
    (p) => p.key.street !== null,
  );
  const byStreetHouse = Map.groupBy(indexed, (p) => `${p.key.street}|${p.key.house ?? ''}`);
  const byStreet = Map.groupBy(indexed, (p) => p.key.street!);
  const housesByStreet = new Map(
    [...byStreet].map(([street, onStreet]) => [street, new Set(onStreet.map((p) => p.key.house ?? ''))]),
  );
  return { byStreetHouse, housesByStreet };
}

export type MatchResult = { matched: true; point: AddressPoint } | { matched: false; reason: string };

/** Find the register point of an address; unmatched results say why. */
export function matchAddress(address: string, index: AddressIndex): MatchResult {
  const key = addressKey(address);
  if (key.street === null) return { matched: false, reason: 'no street or building name in the address' };
  if (key.house?.startsWith('?')) return { matched: false, reason: `unreadable house number "${key.house.slice(1)}"` };
  const candidates = index.byStreetHouse.get(`${key.street}|${key.house ?? ''}`) ?? [];
  if (candidates.length === 0) {
    const houses = index.housesByStreet.get(key.street);
    if (!houses) return { matched: false, reason: `street "${key.street}" is not in the register slice` };
    return { matched: false, reason: `"${key.street}" has no number ${key.house ?? '(none)'} in the register` };
  }
  // The same street and number exist in many towns: the place or the postcode must agree.
  if (key.places.length === 0 && key.postcode === null)
    return { matched: false, reason: 'no town, village, parish or postcode to tell which street it is' };
  const samePlace = candidates.filter((c) => key.places.some((p) => c.key.places.includes(p)));
  const samePostcode = key.postcode ? candidates.filter((c) => c.key.postcode === key.postcode) : [];
  let pool = samePlace.length ? samePlace : samePostcode;
  if (samePlace.length && key.postcode) {
    const both = samePlace.filter((c) => c.key.postcode === key.postcode);
    if (both.length) pool = both;
  }
  if (pool.length === 0) {
    const where = [...new Set(candidates.map((c) => c.address))].slice(0, 3).join('; ');
    return {
      matched: false,
      reason: `street and number found, but not in the same place or postcode (register: ${where})`,
    };
  }
  const distinct = [...new Map(pool.map((c) => [c.code, c])).values()];
  if (distinct.length > 1)
    return {
      matched: false,
      reason: `ambiguous: ${distinct.length} register addresses (${distinct
        .slice(0, 3)
        .map((c) => c.address)
        .join('; ')})`,
    };
  const { key: _key, ...point } = distinct[0]!;
  return { matched: true, point };
}
