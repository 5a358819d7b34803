// Importer input: the Cabinet orders that move a working day to a Saturday.
//
// LV_COMMON.json (python-holidays) lists the day off ("Day off (substituted from 05/10/2025)") but
// not the Saturday that becomes a working day. We take the Saturday's date from that label and
// the legal source from this table, one Cabinet order (Ministru kabineta rīkojums) a year.
//
// Where the URLs come from: the references list of holidays/countries/latvia.py in
// https://github.com/vacanza/holidays ("Substituted holidays references"), which links each order
// on likumi.lv (through web.archive.org snapshots). The 2025 order is MK 2024-04-30 rīkojums
// Nr. 332 (number and date also quoted by la.lv). We could not open likumi.lv from here, so the
// URLs were not re-read at the source; check them when you next review this table.
// A year that has a transferred day off but no row here produces an import problem and no
// working Saturday: add the order first.

export interface TransferOrder {
  year: number;
  title: string;
  url: string;
}

export const TRANSFER_ORDERS: TransferOrder[] = [
  {
    year: 2024,
    title: 'Ministru kabineta rīkojums "Par darba dienu pārcelšanu 2024. gadā"',
    url: 'https://likumi.lv/ta/id/342680-par-darba-dienu-parcelsanu-2024-gada',
  },
  {
    year: 2025,
    title: 'Ministru kabineta 2024. gada 30. aprīļa rīkojums Nr. 332 "Par darba dienu pārcelšanu 2025. gadā"',
    url: 'https://likumi.lv/ta/id/351684-par-darba-dienu-parcelsanu-2025-gada',
  },
  {
    year: 2026,
    title: 'Ministru kabineta rīkojums "Par darba dienu pārcelšanu 2026. gadā"',
    url: 'https://likumi.lv/ta/id/361161-par-darba-dienu-parcelsanu-2026-gada',
  },
];
