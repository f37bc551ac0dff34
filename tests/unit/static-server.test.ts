import {request} from 'node:http';
import {gunzipSync} from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import {serveStatic} from '../../scripts/lib/static-server';
import {fixtureSite, type FixtureSite} from '../support/fixture-site';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

describe('static server for the built site', () => {
  it('resolves clean URLs like static hosting and refuses paths outside the build', async () => {
    site = fixtureSite({
      'index.html': 'home',
      'docs/next/about.html': 'about',
      'en/index.html': 'en home',
      '404.html': 'not found page',
    });
    const server = await serveStatic(site.dir);
    try {
      const get = async (path: string) => {
        const response = await fetch(server.origin + path);
        return [response.status, await response.text()];
      };
      expect(await get('/')).toEqual([200, 'home']);
      expect(await get('/docs/next/about')).toEqual([200, 'about']);
      expect(await get('/en/')).toEqual([200, 'en home']);
      expect(await get('/missing')).toEqual([404, 'not found page']);
      expect(await get('/..%2f..%2fetc%2fpasswd')).toEqual([404, 'not found page']);
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await server.close();
    }
  });

  it('gzips text files only when asked to and when the client accepts it', async () => {
    site = fixtureSite({'index.html': 'home '.repeat(100), 'font.woff2': 'binary'});
    const plain = await serveStatic(site.dir);
    const compressed = await serveStatic(site.dir, {compress: true});
    const get = (origin: string, path: string, encoding?: string) =>
      new Promise<{encoding?: string; body: Buffer}>((resolve, reject) => {
        const headers = encoding ? {'accept-encoding': encoding} : undefined;
        request(origin + path, {headers}, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({encoding: response.headers['content-encoding'], body: Buffer.concat(chunks)}),
          );
        })
          .on('error', reject)
          .end();
      });
    try {
      const gz = await get(compressed.origin, '/', 'gzip, deflate, br');
      expect(gz.encoding).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe('home '.repeat(100));
      expect(gz.body.length).toBeLessThan(100);
      expect((await get(compressed.origin, '/')).encoding).toBeUndefined();
      expect((await get(compressed.origin, '/font.woff2', 'gzip')).encoding).toBeUndefined();
      expect((await get(plain.origin, '/', 'gzip')).encoding).toBeUndefined();
    } finally {
      await plain.close();
      await compressed.close();
    }
  });
});
