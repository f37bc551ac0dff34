/**
 * A small static server for the built site, on 127.0.0.1 and a free port, resolving URLs the way
 * static hosting does for a Docusaurus build with `trailingSlash: false` (`/docs/x` → `docs/x.html`
 * or `docs/x/index.html`). It serves nothing but files below the build folder. With `compress`, text
 * files are sent gzip-compressed to clients that accept it, as production hosting does (the
 * benchmark measures the site that way). Each file is compressed once and the bytes kept, as a host
 * serving precompressed files (nginx's `gzip_static`) or a CDN's cache does: the benchmark runs the
 * browser on the same machine, and compressing every response again while a page loads would take
 * processor time from the page being measured.
 */
import {createReadStream, existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';
import {promisify} from 'node:util';
import {gzip as gzipCallback} from 'node:zlib';
import {resolveServed} from '../../src/hosting/built-links';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function resolveFile(root: string, urlPath: string): string | null {
  return resolveServed(root, urlPath.split('?')[0] ?? '/');
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

export interface ServeOptions {
  /** Gzip text responses when the client accepts gzip. */
  compress?: boolean;
}

const gzipBytes = promisify(gzipCallback);

/** Compressed bytes of files already served, by path: each file is compressed once. */
type GzipCache = Map<string, Promise<Buffer>>;

function gzipped(cache: GzipCache, file: string): Promise<Buffer> {
  let bytes = cache.get(file);
  if (bytes === undefined) {
    bytes = readFile(file).then((raw) => gzipBytes(raw));
    cache.set(file, bytes);
  }
  return bytes;
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  file: string,
  options: ServeOptions,
  cache: GzipCache,
): void {
  const type = extname(file);
  const headers: Record<string, string> = {'content-type': TYPES[type] ?? 'application/octet-stream'};
  const gzip =
    options.compress === true &&
    COMPRESSIBLE.has(type) &&
    /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) {
    gzipped(cache, file).then(
      (bytes) => {
        response.writeHead(status, {...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding'});
        response.end(bytes);
      },
      (error: unknown) => {
        cache.delete(file);
        response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'});
        response.end(`Could not read ${file}: ${String(error)}`);
      },
    );
  } else {
    response.writeHead(status, headers);
    createReadStream(file).pipe(response);
  }
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<RunningServer> {
  const normalizedRoot = normalize(root);
  const cache: GzipCache = new Map();
  const server: Server = createServer((request, response) => {
    const file = resolveFile(normalizedRoot, request.url ?? '/');
    if (!file) {
      const notFound = join(normalizedRoot, '404.html');
      if (existsSync(notFound)) {
        send(request, response, 404, notFound, options, cache);
      } else {
        response.writeHead(404, {'content-type': TYPES['.html'] ?? 'text/html'});
        response.end('Not found');
      }
      return;
    }
    send(request, response, 200, file, options, cache);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
