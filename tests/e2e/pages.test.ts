import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {COMPILE_HINT} from '../../src/plugins/lean-client';
import {foreignRequests, openSite, recordedPage, type SiteUnderTest} from '../support/browser';
import {assessmentPages, docPages, homePath, LOCALES} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const pages = [
  ...LOCALES.map((locale) => ({locale, path: homePath(locale), name: `home (${locale})`})),
  ...docPages().map((p) => ({locale: p.locale, path: p.path, name: `${p.id} (${p.locale}, ${p.edition})`})),
  ...assessmentPages().map((p) => ({
    locale: p.locale,
    path: p.path,
    name: `self-assessment (${p.locale}, ${p.edition})`,
  })),
];

describe('every page of every locale and edition', () => {
  it('includes the home pages and every doc in both locales', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2 + 2 * 16 + 2);
  });

  it.each(pages)(
    '$name loads with lang="$locale", one h1, no error and no foreign request',
    async ({locale, path}) => {
      const {page, context, requests, errors} = await recordedPage(site);
      try {
        const response = await page.goto(site.origin + path, {waitUntil: 'networkidle'});
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.locator('h1').count()).toBe(1);
        expect((await page.title()).length).toBeGreaterThan(0);
        expect(errors).toEqual([]);
        expect(foreignRequests(site.origin, requests)).toEqual([]);
        expect(requests.length).toBeGreaterThan(1);
      } finally {
        await context.close();
      }
    },
  );

  it.each(LOCALES)(
    'the %s pages load one entry script, which asks V8 to compile it off the main thread',
    async (locale) => {
      const html = await (await fetch(site.origin + homePath(locale))).text();
      const entries = [...html.matchAll(/<script[^>]+src="([^"]*\/main\.[0-9a-f]+\.js)"/g)].map((m) => m[1]);
      expect(entries).toHaveLength(1);
      const script = await (await fetch(new URL(entries[0] ?? '', site.origin))).text();
      expect(script.startsWith(COMPILE_HINT)).toBe(true);
      // Only the entry: webpack's small runtime before it is compiled as usual.
      const runtime = /<script[^>]+src="([^"]*\/runtime~main\.[0-9a-f]+\.js)"/.exec(html)?.[1];
      expect(runtime).toBeDefined();
      expect((await (await fetch(new URL(runtime ?? '', site.origin))).text()).startsWith(COMPILE_HINT)).toBe(
        false,
      );
    },
  );

  it('a page that does not exist gets the 404 page, in Lithuanian', async () => {
    const {page, context} = await recordedPage(site);
    try {
      const response = await page.goto(`${site.origin}/docs/next/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Puslapis nerastas');
    } finally {
      await context.close();
    }
  });
});
