// The card's QR code must scan: draw our SVG's modules into pixels and read them back with a
// standard decoder (jsQR), for addresses of every length the site has.
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrSvg } from '../../src/server/qr-code.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { pathFor } from '../../src/lib/site/routes.ts';

/** The dark modules of the SVG that qrcode writes (runs of "h" strokes along each row). */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const d = /stroke="#000000" d="([^"]*)"/.exec(svg)![1]!;
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const n = Number(a);
    if (cmd === 'M') [x, y] = [n, Math.floor(Number(b))];
    else if (cmd === 'm') [x, y] = [x + n, y + Math.floor(Number(b ?? 0))];
    else for (let i = 0; i < n; i++, x++) dark.add(`${x},${y}`);
  }
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      if (!dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`)) continue;
      const o = (py * width + px) * 4;
      data[o] = data[o + 1] = data[o + 2] = 0;
    }
  }
  return { data, width, height: width };
}

const catalog = loadCatalog();
const longest = <T>(items: T[], len: (item: T) => number) => [...items].sort((a, b) => len(b) - len(a))[0]!;
const site = 'https://pieejams.lv';
const urls = [
  `${site}/lv/`,
  `${site}${pathFor('lv', { kind: 'service', slug: longest(catalog.services, (s) => s.slug.length).slug })}`,
  `${site}${pathFor('en', { kind: 'service', slug: catalog.services[0]!.slug })}`,
  `${site}${pathFor('lv', { kind: 'place', slug: longest(catalog.places, (p) => p.id.length).id })}`,
  `${site}${pathFor('en', { kind: 'place', slug: catalog.places[0]!.id })}`,
];

describe('QR codes on the cards', () => {
  it.each(urls)('%s scans back to the same address', async (url) => {
    const { data, width, height } = rasterise(await qrSvg(url));
    expect(jsQR(data, width, height)?.data).toBe(url);
  });
});
