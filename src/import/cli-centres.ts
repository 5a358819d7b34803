// The importer's VPVKAC step (cli.ts): the data.gov.lv CSV and a saved pakalpojumucentri.lv table
// → data/places/vpvkac.json, the CSV first (2023) and the live table last, so it wins; every
// change is printed, and centres a source no longer lists are kept and named for review.
import { join } from 'node:path';
import { printProblems, readJsonArray, writeJsonFile } from './cli-data-files.ts';
import type { Inputs, Known } from './cli-inputs.ts';
import { diffRecords, formatDiff } from './diff.ts';
import { PAKALPOJUMUCENTRI_URL, parsePakalpojumucentri } from './pakalpojumucentri.ts';
import type { Problem } from './problems.ts';
import {
  buildLookups,
  mergeCentres,
  type GazetteerLike,
  type ImportedCentre,
  type MunicipalityLike,
} from './vpvkac-common.ts';
import { parseVpvkacCsv, VPVKAC_CSV_URL } from './vpvkac-csv.ts';
import type { Place } from '../lib/schema/place.ts';

/** VPVKAC centres: parse the CSV and/or the saved table, merge into data/places/vpvkac.json, report. */
export function importCentres(
  { files, read, name }: Inputs,
  dataDir: string,
  checked: string,
  problems: Problem[],
  fresh: { municipalities: MunicipalityLike[]; gazetteer: GazetteerLike[] } | undefined,
): number {
  const municipalities = fresh?.municipalities ?? readJsonArray<MunicipalityLike>(join(dataDir, 'municipalities.json'));
  const gazetteer = fresh?.gazetteer ?? readJsonArray<GazetteerLike>(join(dataDir, 'gazetteer.json'));
  if (municipalities.length === 0 || gazetteer.length === 0) {
    console.error(
      `The VPVKAC import needs ${join(dataDir, 'municipalities.json')} and gazetteer.json (run the full import once).`,
    );
    return 1;
  }
  const lookups = buildLookups(municipalities, gazetteer);
  const path = join(dataDir, 'places', 'vpvkac.json');
  let places = readJsonArray<Place>(path);
  const before = places;
  const steps: {
    key: Known;
    url: string;
    title: string;
    parse: (text: string, file: string) => { centres: ImportedCentre[]; problems: Problem[] };
  }[] = [
    {
      key: 'vpvkac-csv',
      url: VPVKAC_CSV_URL,
      title: 'data.gov.lv, VPVKAC kontakti (CSV, CC0)',
      parse: (text, file) => parseVpvkacCsv(text, file, lookups),
    },
    {
      key: 'vpvkac-html',
      url: PAKALPOJUMUCENTRI_URL,
      title: 'pakalpojumucentri.lv, VPVKAC table',
      parse: (text, file) => {
        const r = parsePakalpojumucentri(text, file, lookups);
        console.log(
          `\n${file}: ${r.rowsSeen} centre rows, ${r.centres.length} read, ${r.notYetOpen.length} not yet open (not imported):`,
        );
        for (const n of r.notYetOpen) console.log(`  ${file}:${n.line}: ${n.name} — ${n.text}`);
        return r;
      },
    },
  ];
  console.log('\nVPVKAC centres:');
  for (const step of steps) {
    if (!files.has(step.key)) continue;
    const r = step.parse(read(step.key)!, name(step.key));
    problems.push(...r.problems);
    const merged = mergeCentres(places, r.centres, { url: step.url, title: step.title }, checked);
    console.log(formatDiff(`  ${name(step.key)} → places/vpvkac.json`, merged.diff));
    if (merged.notInSource.length) {
      const ids = merged.notInSource;
      console.log(
        `  ${ids.length} not listed in ${name(step.key)} (kept: their facts come from other sources; review): ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? `, … (+${ids.length - 10} more)` : ''}`,
      );
    }
    places = merged.places;
  }
  console.log(
    formatDiff(
      '  places/vpvkac.json in total',
      diffRecords(before, places, (p) => p.id),
    ),
  );
  writeJsonFile(path, places);
  printProblems(problems);
  return 0;
}
