// QR codes of page addresses, drawn at build time as SVG by the `qrcode` package
// (https://github.com/soldair/node-qrcode) for the printed and shared cards.
import QRCode, { type QRCodeSegment, type QRCodeToStringOptions } from 'qrcode';

/**
 * Error correction M survives a crease or a smudge on paper; the 4-module margin is the standard
 * quiet zone. The mask is fixed: choosing the "best" of the eight masks for every page took
 * ~1 ms of the build per page (a third of a 5 000-service build). Readers decode any of the
 * eight; tests/unit/qr-code.test.ts decodes our codes with a standard reader (jsQR).
 */
export const QR_OPTIONS: QRCodeToStringOptions = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 4,
  maskPattern: 2,
  color: { dark: '#000000', light: '#ffffff' },
};

/**
 * The code of `url` as a black-on-white SVG string. One byte-mode segment, as most encoders write
 * URLs: the library's search for the shortest mix of modes cost more than the rest of the code and
 * gives the same symbol version for our addresses.
 */
export async function qrSvg(url: string): Promise<string> {
  const segments: QRCodeSegment[] = [{ data: new TextEncoder().encode(url), mode: 'byte' }];
  return QRCode.toString(segments, QR_OPTIONS);
}
