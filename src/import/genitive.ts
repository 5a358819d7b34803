// Latvian genitive forms of place names, for matching a town to the municipality or parish named
// after it ("Madona" → "Madonas novads").

/**
 * Genitive forms a Latvian place name can take inside a municipality name
 * ("Madona" → "Madonas" as in "Madonas novads"). Only used for matching names, so it may
 * return more than one candidate.
 */
export function genitiveForms(name: string): Set<string> {
  const out = new Set<string>();
  if (/pils$/.test(name) || /us$/.test(name))
    out.add(name); // Daugavpils, Salaspils, Saldus
  else if (/is$/.test(name))
    out.add(name.slice(0, -2) + 'u'); // Cēsis → Cēsu
  else if (/s$/.test(name))
    out.add(name.slice(0, -1) + 'a'); // Tukums → Tukuma
  else if (/[ae]$/.test(name))
    out.add(name + 's'); // Madona → Madonas, Ogre → Ogres
  else if (/i$/.test(name)) out.add(name.slice(0, -1) + 'u'); // Balvi → Balvu
  return out;
}
