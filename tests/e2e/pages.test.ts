import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {COMPILE_HINT} from '../../src/plugins/lean-client';
import {
  countIcuSetUps,
  foreignRequests,
  icuSetUps,
  openSite,
  recordedPage,
  type SiteUnderTest,
} from '../support/browser';
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
    '$name loads with lang="$locale", one h1, no error, no foreign request and no ICU set-up',
    async ({locale, path}) => {
      const {page, context, requests, errors} = await recordedPage(site);
      await countIcuSetUps(context);
      try {
        const response = await page.goto(site.origin + path, {waitUntil: 'networkidle'});
        await page.waitForSelector('html[data-has-hydrated="true"]');
        // Nothing on the way to a usable page sets up collation or number formatting.
        expect(await icuSetUps(page)).toEqual({});
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
      // The entry scripts are named in the loader at the end of the body (src/hosting/after-first-paint.ts).
      const entries = [...html.matchAll(/"([^"]*\/main\.[0-9a-f]+\.js)"/g)].map((m) => m[1]);
      expect(entries).toHaveLength(1);
      const script = await (await fetch(new URL(entries[0] ?? '', site.origin))).text();
      expect(script.startsWith(COMPILE_HINT)).toBe(true);
      // Only the entry: webpack's small runtime before it is compiled as usual.
      const runtime = /"([^"]*\/runtime~main\.[0-9a-f]+\.js)"/.exec(html)?.[1];
      expect(runtime).toBeDefined();
      expect((await (await fetch(new URL(runtime ?? '', site.origin))).text()).startsWith(COMPILE_HINT)).toBe(
        false,
      );
    },
  );

  it.each(LOCALES)(
    'a %s page paints its text before it asks for its scripts, then runs them in order and hydrates',
    async (locale) => {
      const {page, context} = await recordedPage(site);
      try {
        const path = docPages().find((p) => p.locale === locale && p.id === 'conflicts-of-interest')?.path;
        expect(path).toBeDefined();
        await page.goto(site.origin + (path ?? ''));
        await page.waitForSelector('html[data-has-hydrated="true"]');
        const timing = await page.evaluate(() => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
          const scripts = performance
            .getEntriesByType('resource')
            .filter((entry) => /\/(runtime~)?main\.[0-9a-f]+\.js$/.test(entry.name))
            .map((entry) => ({name: entry.name.split('/').pop() ?? '', start: entry.startTime}));
          const order = Array.from(
            document.querySelectorAll('script[src]'),
            (s) => s.getAttribute('src') ?? '',
          );
          return {paint, scripts, order, deferred: document.querySelectorAll('script[defer]').length};
        });
        expect(timing.paint).not.toBeNull();
        expect(timing.scripts.map((s) => s.name.split('.')[0]).sort()).toEqual(['main', 'runtime~main']);
        for (const script of timing.scripts) {
          expect(script.start).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
        }
        // webpack removes the script elements of the chunks it loads later; the entry scripts stay, in order.
        expect(
          timing.order.flatMap((src) => /\/((runtime~)?main)\.[0-9a-f]+\.js$/.exec(src)?.[1] ?? []),
        ).toEqual(['runtime~main', 'main']);
        expect(timing.deferred).toBe(0);
      } finally {
        await context.close();
      }
    },
  );

  it.each(LOCALES)(
    "a %s page names its route's chunks for the loader, so that hydration asks for no script of its own",
    async (locale) => {
      const chapter = docPages().find((p) => p.locale === locale && p.id === 'conflicts-of-interest')?.path;
      const assessment = assessmentPages().find((p) => p.locale === locale)?.path;
      expect(chapter).toBeDefined();
      for (const path of [homePath(locale), chapter ?? '', assessment ?? '']) {
        const {page, context} = await recordedPage(site);
        try {
          // The scripts the page has fetched when React marks it hydrated (src/hosting/page-scripts.ts).
          await page.addInitScript(() => {
            const observer = new MutationObserver(() => {
              if (document.documentElement?.dataset.hasHydrated === 'true') {
                observer.disconnect();
                (window as unknown as {atHydration: string[]}).atHydration = performance
                  .getEntriesByType('resource')
                  .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
                  .map((entry) => new URL(entry.name).pathname);
              }
            });
            observer.observe(document, {
              subtree: true,
              attributes: true,
              attributeFilter: ['data-has-hydrated'],
            });
          });
          await page.goto(site.origin + path);
          await page.waitForFunction(() => 'atHydration' in window);
          const {named, fetched} = await page.evaluate(() => ({
            named: (
              document.querySelector('script[data-page-scripts]')?.getAttribute('data-page-scripts') ?? ''
            )
              .split(' ')
              .filter(Boolean),
            fetched: (window as unknown as {atHydration: string[]}).atHydration,
          }));
          expect(named.length, path).toBeGreaterThan(1);
          const entries = fetched.filter((file) => /\/(runtime~)?main\.[0-9a-f]+\.js$/.test(file));
          expect(entries, path).toHaveLength(2);
          expect(fetched.filter((file) => !entries.includes(file)).sort(), path).toEqual([...named].sort());
        } finally {
          await context.close();
        }
      }
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
