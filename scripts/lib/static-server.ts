/**
 * A small static server for the built site, on 127.0.0.1 and a free port, resolving URLs the way
 * static hosting does for a Docusaurus build with `trailingSlash: false` (`/docs/x` → `docs/x.html`
 * or `docs/x/index.html`). It serves nothing but files below the build folder. With `compress`, text
 * files are sent gzip-compressed to clients that accept it, as production hosting does (the
 * benchmark measures the site that way).
 */
import {createReadStream, existsSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';
import {createGzip} from 'node:zlib';
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

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  file: string,
  options: ServeOptions,
): void {
  const type = extname(file);
  const headers: Record<string, string> = {'content-type': TYPES[type] ?? 'application/octet-stream'};
  const gzip =
    options.compress === true &&
    COMPRESSIBLE.has(type) &&
    /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) {
    response.writeHead(status, {...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding'});
    createReadStream(file).pipe(createGzip()).pipe(response);
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
  const server: Server = createServer((request, response) => {
    const file = resolveFile(normalizedRoot, request.url ?? '/');
    if (!file) {
      const notFound = join(normalizedRoot, '404.html');
      if (existsSync(notFound)) {
        send(request, response, 404, notFound, options);
      } else {
        response.writeHead(404, {'content-type': TYPES['.html'] ?? 'text/html'});
        response.end('Not found');
      }
      return;
    }
    send(request, response, 200, file, options);
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
