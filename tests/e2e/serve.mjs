// A tiny static server for the built site in dist/, with no dependencies.
// `npm run serve` starts it on 127.0.0.1:$PORT (default 4321); the browser tests
// call startServer({ port: 0 }) to get a free port in-process.
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The built site: <repo>/dist, or the folder in PIEEJAMS_DIST (a build made with --outDir elsewhere). */
export const DIST = process.env.PIEEJAMS_DIST
  ? resolve(process.env.PIEEJAMS_DIST)
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/** Content types by file extension; anything else is served as bytes. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/** The file type for a path, by its extension. */
export function contentType(path) {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Size of a regular file, or null when there is none at that path. */
async function fileSize(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** True when the path is a directory. */
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Finds the file for a URL path inside root, or null.
 * A directory gives its index.html; a path outside root gives null.
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (await isDirectory(full)) {
    const index = join(full, 'index.html');
    return (await fileSize(index)) === null ? null : index;
  }
  return (await fileSize(full)) === null ? null : full;
}

/** Text types a host would compress. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|xml)|image\/svg)/;

function send(req, res, status, path, size, headers = {}, compress = false) {
  const type = contentType(path);
  const gzip = compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'content-type': type,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': String(size) }),
    'cache-control': 'no-cache',
    ...headers,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (gzip) createReadStream(path).pipe(createGzip()).pipe(res);
  else createReadStream(path).pipe(res);
}

/**
 * The request handler: dist/ files, directory index.html, and 404.html for the rest.
 * compress: gzip text when the client accepts it, as real hosts do (Lighthouse measures with it).
 */
export function handler(root = DIST, { compress = false } = {}) {
  const absRoot = resolve(root);
  return async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const pathname = url.pathname;
      const isDir = pathname.endsWith('/');
      const file = await resolveFile(absRoot, pathname);
      if (file) {
        // A directory asked without its trailing slash: redirect, as static hosts do,
        // so relative links on the page resolve the same way.
        if (!isDir && file.endsWith(`${sep}index.html`) && !pathname.endsWith('index.html')) {
          res.writeHead(301, { location: `${pathname}/${url.search}` });
          res.end();
          return;
        }
        send(req, res, 200, file, await fileSize(file), {}, compress);
        return;
      }
      const notFound = join(absRoot, '404.html');
      const size = await fileSize(notFound);
      if (size !== null) {
        send(req, res, 404, notFound, size, {}, compress);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Server error\n');
      console.error(error);
    }
  };
}

/**
 * Starts the server on 127.0.0.1.
 * @param {{ port?: number, root?: string, compress?: boolean }} [options] port 0 picks a free port;
 *   root defaults to dist/; compress gzips text responses (default false).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ port = 4321, root = DIST, compress = false } = {}) {
  const server = createServer(handler(root, { compress }));
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose(undefined));
      }),
  };
}

// Run as a program: `node tests/e2e/serve.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (!(await isDirectory(DIST))) {
    console.error('dist/ is missing: build the site first with `npm run build`.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startServer({ port });
  console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`);
}
