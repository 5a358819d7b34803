// Where the browser tests find Debian's Chromium ($CHROMIUM_PATH, else /usr/bin/chromium)
// and how they start it. No vitest imports here: global setup and plain scripts use it too.
import { accessSync, constants } from 'node:fs';

/** The Chromium binary the tests use. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** True when that binary exists and can be run. */
export function hasChromium(path = chromiumPath()) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const MISSING_CHROMIUM =
  'Chromium is missing: install it with `sudo apt-get install -y chromium fonts-dejavu-core` (Debian) or set CHROMIUM_PATH';

/**
 * Flags for a headless Chromium on a closed network, run as root.
 * Without the background-networking ones Chromium keeps trying to reach Google.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** playwright-core launch options for Debian's Chromium; throws the one-line hint when it is missing. */
export function chromiumLaunchOptions() {
  if (!hasChromium()) throw new Error(MISSING_CHROMIUM);
  return { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS };
}
