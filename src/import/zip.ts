// Reading one file out of a ZIP archive (GeoNames publishes its postal codes only as LV.zip).
// Pure apart from node:zlib's inflate: bytes in, bytes out. Only "stored" and "deflate" entries,
// which is what GeoNames and data.gov.lv use; anything else is refused with a reason.

import { inflateRawSync } from 'node:zlib';

export type UnzipResult = { ok: true; data: Buffer } | { ok: false; error: string };

/** The entry named `name` (case-insensitive, any folder), from the archive's central directory. */
export function unzipEntry(zip: Buffer, name: string): UnzipResult {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, error: 'not a ZIP archive, or truncated (no end-of-archive record)' };
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const wanted = name.toLowerCase();
  for (let n = 0; n < entries; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50)
      return { ok: false, error: 'damaged ZIP central directory' };
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entryName = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    p += 46 + nameLength + extra + comment;
    if (entryName.toLowerCase().split('/').pop() !== wanted) continue;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      return { ok: false, error: `damaged ZIP entry ${entryName}` };
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) return { ok: false, error: `ZIP entry ${entryName} is truncated` };
    const body = zip.subarray(start, start + compressed);
    try {
      const data = method === 0 ? Buffer.from(body) : method === 8 ? inflateRawSync(body) : null;
      if (!data) return { ok: false, error: `ZIP entry ${entryName} uses compression method ${method}` };
      if (data.length !== size)
        return { ok: false, error: `ZIP entry ${entryName} is truncated (${data.length} of ${size} bytes)` };
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: `ZIP entry ${entryName} cannot be inflated (${(e as Error).message})` };
    }
  }
  return { ok: false, error: `no ${name} in the archive` };
}
