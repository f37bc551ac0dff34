/**
 * The site as published: Debian's nginx with hosting/nginx/skaidrumo-vadovas.conf serving build/.
 * Clean URLs, 404 pages with status 404 in each language, compression, cache lifetimes, security
 * headers, and pages that run under the Content-Security-Policy without a single violation.
 */
import {request} from 'node:http';
import {gunzipSync} from 'node:zlib';
import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CSP_TEXT_FILE, siteCsp} from '../../src/hosting/csp';
import {siteUrl} from '../../src/hosting/site-url';
import {assessmentPath} from '../../src/editions/editions';
import {BUILD_DIR, foreignRequests, openSite, recordedPage, type SiteUnderTest} from '../support/browser';
import {SITE_CONF} from '../support/nginx';
import {
  docPath,
  EDITIONS,
  homePath,
  LOCALES,
  localePrefix,
  RELEASED,
  type SiteLocale,
} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite('nginx');
});
afterAll(async () => {
  await site?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** The body as text, unpacked when it came compressed. */
const text = ({headers, body}: Answer) =>
  (headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');

/** A raw GET (no decompression), as a browser asking for gzip sends it. */
function get(path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${site.origin}${path}`, {headers: {'accept-encoding': 'gzip'}}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** nginx compresses nothing shorter than this (`gzip_min_length` in the site's configuration). */
const GZIP_MIN_LENGTH = Number(/gzip_min_length (\d+);/.exec(readFileSync(SITE_CONF, 'utf8'))?.[1]);
const POLICY = readFileSync(join(BUILD_DIR, CSP_TEXT_FILE), 'utf8').trim();

/** A page that also records every Content-Security-Policy violation event, from the first byte. */
async function guardedPage() {
  const record = await recordedPage(site);
  await record.context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', {value: seen});
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as {__cspViolations: string[]}).__cspViolations);
  return {...record, violations};
}

const LATEST = EDITIONS[0] ?? 'current';
const pageTypes = LOCALES.flatMap((locale: SiteLocale) => [
  {locale, name: 'home', path: homePath(locale)},
  ...EDITIONS.flatMap((edition) => [
    {locale, name: `chapter (${edition})`, path: docPath(locale, edition, 'conflicts-of-interest')},
    {locale, name: `glossary (${edition})`, path: docPath(locale, edition, 'glossary')},
    {
      locale,
      name: `self-assessment (${edition})`,
      path: `${localePrefix(locale)}${assessmentPath(edition, RELEASED)}`,
    },
  ]),
]);

describe('the site served by nginx with the repository configuration', () => {
  it.each(pageTypes)(
    '$name ($locale) loads with 200, no console error, no CSP violation, no foreign request',
    async ({locale, path}) => {
      const {page, context, errors, requests, violations} = await guardedPage();
      try {
        const response = await page.goto(site.origin + path, {waitUntil: 'networkidle'});
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await violations(page)).toEqual([]);
        // The colour-mode script ran (allowed by its hash): it sets data-theme before the first paint.
        expect(await page.getAttribute('html', 'data-theme')).toMatch(/^(light|dark)$/);
        // Hydrated: client-side navigation loads the next page's code under the same policy.
        await page.locator('.navbar__brand').click();
        await page.waitForURL(site.origin + homePath(locale));
        await page.waitForLoadState('networkidle');
        expect(await violations(page)).toEqual([]);
        expect(errors).toEqual([]);
        expect(foreignRequests(site.origin, requests)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('blocks an inline script that the build did not hash, and reports it', async () => {
    const {page, context, violations} = await guardedPage();
    try {
      await page.goto(site.origin + homePath('lt'));
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = 1';
        document.body.append(script);
      });
      expect(
        await page.evaluate(() => (window as unknown as {__injected?: number}).__injected),
      ).toBeUndefined();
      await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['lt', '/docs/next/no-such-page', 'Puslapis nerastas'],
    ['en', '/en/docs/next/no-such-page', 'Page Not Found'],
    ['en', '/en/no-such-page', 'Page Not Found'],
  ] as const)('an unknown URL gets the %s 404 page with status 404: %s', async (locale, path, title) => {
    const {page, context, violations} = await guardedPage();
    try {
      const response = await page.goto(site.origin + path);
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves HTML compressed, revalidated on every visit, with the security headers', async () => {
    for (const path of ['/', '/en/', docPath('lt', LATEST, 'about'), '/no-such-page']) {
      const {status, headers} = await get(path);
      expect([path, status]).toEqual([path, path === '/no-such-page' ? 404 : 200]);
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers['cache-control']).toBe('no-cache');
      expect(headers['content-security-policy']).toBe(POLICY);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(headers.server).toBe('nginx');
    }
    expect(POLICY).toMatch(/frame-ancestors 'none'/);
    expect(POLICY).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('the policy in build/ is the one the built pages need', () => {
    expect(siteCsp(BUILD_DIR).policy).toBe(POLICY);
  });

  it('caches content-hashed files for a year and manifests for no time', async () => {
    for (const locale of LOCALES) {
      const html = text(await get(homePath(locale)));
      const assets = [...new Set(html.match(/\/(en\/)?assets\/[^"' )]+\.(css|js)/g) ?? [])];
      expect(assets.length).toBeGreaterThan(1);
      expect(GZIP_MIN_LENGTH).toBeGreaterThan(0);
      for (const asset of assets) {
        const {status, headers} = await get(asset);
        expect([asset, status, headers['cache-control']]).toEqual([asset, 200, IMMUTABLE]);
        // A page's route chunks include a few tiny ones (a plugin's 169-byte data module).
        const size = statSync(join(BUILD_DIR, asset.replace(/^\//, ''))).size;
        expect([asset, headers['content-encoding']]).toEqual([
          asset,
          size < GZIP_MIN_LENGTH ? undefined : 'gzip',
        ]);
      }
      const manifestPath = `${localePrefix(locale)}/search/manifest.json`;
      const manifest = await get(manifestPath);
      expect([manifest.status, manifest.headers['cache-control']]).toEqual([200, 'no-cache']);
      const indexes = JSON.parse(text(manifest)) as {indexes: {file: string}[]};
      expect(indexes.indexes.length).toBe(EDITIONS.length);
      for (const {file} of indexes.indexes) {
        const index = await get(`${localePrefix(locale)}/search/${file}`);
        expect([file, index.status, index.headers['cache-control']]).toEqual([file, 200, IMMUTABLE]);
        expect(index.headers['content-encoding']).toBe('gzip');
      }
    }
    for (const path of ['/sitemap.xml', '/img/logo.svg']) {
      expect((await get(path)).headers['cache-control']).toBe('no-cache');
    }
  });

  it('does not publish the server include or hidden files', async () => {
    expect((await get('/nginx-csp.conf')).status).toBe(404);
    expect((await get('/.htaccess')).status).toBe(404);
  });

  it('writes the public URL into the sitemap, canonical links and hreflang alternates', async () => {
    const {url} = siteUrl();
    const home = text(await get('/'));
    expect(home).toContain(`<link data-rh="true" rel="canonical" href="${url}/">`);
    for (const [lang, href] of [
      ['lt', `${url}/`],
      ['en', `${url}/en/`],
      ['x-default', `${url}/`],
    ]) {
      expect(home).toContain(`rel="alternate" href="${href}" hreflang="${lang}"`);
    }
    const sitemap = text(await get('/sitemap.xml'));
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.filter((loc) => !loc.startsWith(`${url}/`))).toEqual([]);
  });
});
