// What each CSV column holds, in both languages, from the UI strings ("csvColumn.<name>"), for
// the CSVW table schemas and the re-users' data page.
import { messages } from '../i18n/index.ts';
import { PLACES_CSV_COLUMNS, SERVICES_CSV_COLUMNS, type CsvColumnDescriptions } from '../lib/open-data/csv-tables.ts';

export function csvColumnDescriptions(): CsvColumnDescriptions {
  const names = [...new Set([...SERVICES_CSV_COLUMNS, ...PLACES_CSV_COLUMNS])];
  return Object.fromEntries(
    names.map((name) => {
      const key = `csvColumn.${name}` as keyof typeof messages.lv;
      if (!(key in messages.lv))
        throw new Error(`src/i18n/lv/data.json has no "${key}" describing the CSV column ${name}`);
      return [name, { lv: messages.lv[key], en: messages.en[key] }];
    }),
  );
}
