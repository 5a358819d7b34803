// Enhances TerritoryView.astro: shows a "Show map" button (hidden without JavaScript, where the
// tables are the whole answer) that loads Leaflet (src/islands/leaflet-map.ts, its only
// importer) on request and draws every parish of the parishes table by its distance band.
import type { BandPoint } from '../islands/map-types.ts';

function pointsFromTable(): BandPoint[] {
  const rows = document.querySelectorAll<HTMLTableRowElement>('#territory-parishes tbody tr[data-lat]');
  return [...rows].flatMap((row) => {
    const band = row.dataset.band as BandPoint['band'] | 'unknown';
    if (band === 'unknown') return [];
    return [
      {
        lat: Number(row.dataset.lat),
        lon: Number(row.dataset.lon),
        band,
        title: row.cells[0]?.textContent?.trim() ?? '',
      },
    ];
  });
}

function enhance(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('.band-map-toggle');
  const canvas = root.querySelector<HTMLElement>('.band-map-canvas');
  const note = root.querySelector<HTMLElement>('.band-map-note');
  if (!button || !canvas) return;
  const data = root.dataset;
  let view: { destroy(): void } | null = null;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    if (open) {
      view?.destroy();
      view = null;
      canvas.hidden = true;
      if (note) note.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.textContent = data.show ?? '';
      return;
    }
    canvas.hidden = false;
    if (note) note.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = data.hide ?? '';
    try {
      const { createBandMap, loadLeafletCss } = await import('../islands/leaflet-map.ts');
      await loadLeafletCss();
      view = createBandMap(
        canvas,
        { zoomIn: data.zoomIn ?? '', zoomOut: data.zoomOut ?? '', tilesFailed: data.tilesFailed ?? '' },
        pointsFromTable(),
      );
    } catch {
      canvas.hidden = true;
      if (note) note.textContent = data.loadError ?? '';
    }
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-band-map]')) enhance(root);

export {};
