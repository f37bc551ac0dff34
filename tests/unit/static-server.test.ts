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
});
