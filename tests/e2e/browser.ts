// Debian's Chromium through playwright-core, with every request that would leave
// 127.0.0.1 aborted and recorded, and map tiles answered from a fixture PNG.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from './chromium-path.mjs';
import { startServer } from './serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared static server of global-setup.ts listens, e.g. http://127.0.0.1:41234/ */
    baseURL: string;
    /** The shared Chromium of global-setup.ts, to connect to. */
    wsEndpoint: string;
  }
}

export { CHROMIUM_ARGS };

/** A new Chromium in this process. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** The 256×256 PNG every map tile request is answered with. */
export const TILE_PNG = readFileSync(new URL('./fixtures/tile.png', import.meta.url));

/** True for a map tile URL: any *.tile.openstreetmap.org URL or a …/z/x/y.png path off 127.0.0.1. */
export function isTileUrl(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return hostname.endsWith('tile.openstreetmap.org') || /\/\d+\/\d+\/\d+(@2x)?\.(png|webp|jpe?g)$/.test(pathname);
}

/** True for a URL the tests may load: the local server, or a URL the browser makes itself. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1';
}

/** A browser context and what it tried to fetch from elsewhere. */
export interface GuardedContext {
  context: BrowserContext;
  /** URLs that would have left 127.0.0.1 and were aborted; a test expects this empty. */
  offsite: string[];
  /** Map tile URLs answered from the fixture (they never left the machine). */
  tiles: string[];
  /** Content-Security-Policy violations and CSP console errors seen so far; a test expects this empty. */
  cspViolations: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface ContextOptions {
  /** Run page scripts; false tests the page as it works without JavaScript. Default true. */
  javaScriptEnabled?: boolean;
  /** Answer map tile requests from the fixture PNG instead of aborting them. Default true. */
  fulfilTiles?: boolean;
  /** Page locale, e.g. 'lv-LV'. Default 'en-GB'. */
  locale?: string;
  /** 'allow' lets the site's service worker run (offline tests). Default 'block', for repeatable page loads. */
  serviceWorkers?: 'allow' | 'block';
}

/** A new context where every request off 127.0.0.1 is aborted and recorded, and tiles come from the fixture. */
export async function newGuardedContext(browser: Browser, options: ContextOptions = {}): Promise<GuardedContext> {
  const { javaScriptEnabled = true, fulfilTiles = true, locale = 'en-GB', serviceWorkers = 'block' } = options;
  const context = await browser.newContext({
    javaScriptEnabled,
    locale,
    timezoneId: 'Europe/Riga',
    serviceWorkers,
    viewport: { width: 1280, height: 900 },
  });
  const offsite: string[] = [];
  const tiles: string[] = [];
  const cspViolations = await recordCspViolations(context);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (fulfilTiles && isTileUrl(url)) {
      tiles.push(url);
      return route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG });
    }
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    offsite,
    tiles,
    cspViolations,
    newPage: () => context.newPage(),
    close: () => context.close(),
  };
}

/** The name of the page global the init script of recordCspViolations fills. */
const CSP_GLOBAL = '__cspViolations';

/**
 * Records every Content-Security-Policy problem in a context: the pages' securitypolicyviolation
 * events (an init script pushes them into window.__cspViolations and reports them through a
 * binding) and console messages that mention the policy (these come even without JavaScript).
 * Returns the list it fills, one line per problem.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, line: string) => {
    seen.push(line);
  });
  await context.addInitScript((name: string) => {
    const store: string[] = ((window as unknown as Record<string, string[]>)[name] = []);
    document.addEventListener('securitypolicyviolation', (event) => {
      const line =
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}` +
        (event.sample ? ` (${event.sample})` : '') +
        (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '');
      store.push(line);
      (window as unknown as { __reportCspViolation?: (l: string) => void }).__reportCspViolation?.(line);
    });
  }, CSP_GLOBAL);
  context.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text) && !seen.includes(text))
      seen.push(`console ${message.type()}: ${text}`);
  });
  return seen;
}

/** The violations a page's init script recorded (window.__cspViolations), for pages made without newGuardedContext. */
export async function pageCspViolations(page: Page): Promise<string[]> {
  return page.evaluate((name) => (window as unknown as Record<string, string[]>)[name] ?? [], CSP_GLOBAL);
}

/** Throws with every recorded violation when there is any. */
export function assertNoCspViolations(violations: string[]): void {
  if (violations.length > 0) {
    throw new Error(`Content-Security-Policy violations:\n  ${[...new Set(violations)].join('\n  ')}`);
  }
}

/** Answers tile requests in a context from the fixture (for a context made without newGuardedContext). */
export async function fulfilTilesFromFixture(context: BrowserContext, tiles: string[] = []): Promise<void> {
  await context.route(
    (url) => isTileUrl(url.href) && !isLocal(url.href),
    async (route) => {
      tiles.push(route.request().url());
      await route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG });
    },
  );
}

/** The built site and a browser for one test file. */
export interface Site {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  browser: Browser;
  /** The absolute URL of a site path such as /lv/. */
  url(path: string): string;
}

function provided<K extends 'baseURL' | 'wsEndpoint'>(key: K): string | undefined {
  try {
    return inject(key);
  } catch {
    return undefined;
  }
}

/**
 * Gives the test file a server and a browser: the shared ones of global-setup.ts,
 * or, when the file runs without that setup, its own, closed after the file.
 */
export function useSite(): Site {
  const site = {} as Site;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    let base = provided('baseURL');
    if (!base) {
      const server = await startServer({ port: 0 });
      cleanups.push(server.close);
      base = server.url;
    }
    const endpoint = provided('wsEndpoint');
    const browser = endpoint ? await chromium.connect(endpoint) : await launchBrowser();
    cleanups.push(() => browser.close());
    site.origin = base.replace(/\/$/, '');
    site.browser = browser;
    site.url = (path: string) => new URL(path, base).href;
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  return site;
}

/**
 * Runs fn with a fresh page in a guarded context, then checks that nothing tried
 * to leave 127.0.0.1 and that the Content-Security-Policy was never violated, and closes the context.
 */
export async function withPage<T>(
  site: Site,
  options: ContextOptions,
  fn: (page: Page, guard: GuardedContext) => Promise<T>,
): Promise<T> {
  const guard = await newGuardedContext(site.browser, options);
  try {
    const page = await guard.newPage();
    // Fail in seconds, not at the test timeout, when an element or navigation never comes.
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(30_000);
    const result = await fn(page, guard);
    if (guard.offsite.length > 0) {
      throw new Error(`The page tried to load from outside 127.0.0.1:\n  ${[...new Set(guard.offsite)].join('\n  ')}`);
    }
    assertNoCspViolations(guard.cspViolations);
    return result;
  } finally {
    await guard.close();
  }
}
