// Run before the browser tests: fail with one clear line when Chromium or dist/ is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MISSING_CHROMIUM, chromiumPath, hasChromium } from './chromium-path.mjs';

const dist = fileURLToPath(new URL('../../dist/index.html', import.meta.url));

if (!hasChromium()) {
  console.error(
    process.env.CHROMIUM_PATH
      ? `${MISSING_CHROMIUM} (CHROMIUM_PATH=${chromiumPath()} is not an executable)`
      : MISSING_CHROMIUM,
  );
  process.exit(1);
}
if (!existsSync(dist)) {
  console.error('The built site is missing (no dist/index.html): run `npm run build` first.');
  process.exit(1);
}
