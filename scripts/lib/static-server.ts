/**
 * A small static server for the built site, on 127.0.0.1 and a free port, resolving URLs the way
 * static hosting does for a Docusaurus build with `trailingSlash: false` (`/docs/x` → `docs/x.html`
 * or `docs/x/index.html`). It serves nothing but files below the build folder.
 */
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize, sep} from 'node:path';

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
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const base = normalize(join(root, path));
  if (base !== root && !base.startsWith(root + sep)) {
    return null;
  }
  const candidates = [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<RunningServer> {
  const normalizedRoot = normalize(root);
  const server: Server = createServer((request, response) => {
    const file = resolveFile(normalizedRoot, request.url ?? '/');
    if (!file) {
      const notFound = join(normalizedRoot, '404.html');
      response.writeHead(404, {'content-type': TYPES['.html'] ?? 'text/html'});
      if (existsSync(notFound)) {
        createReadStream(notFound).pipe(response);
      } else {
        response.end('Not found');
      }
      return;
    }
    response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(response);
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
