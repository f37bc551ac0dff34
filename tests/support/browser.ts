/**
 * Browser tests run against the production build in build/, served on 127.0.0.1, in Debian's
 * Chromium driven by playwright-core (no browser is ever downloaded).
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page, type Route} from 'playwright-core';
import {expect} from 'vitest';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium';
import {serveStatic, type RunningServer} from '../../scripts/lib/static-server';
import {serveWithNginx} from './nginx';

export const BUILD_DIR = join(process.cwd(), 'build');

export interface SiteUnderTest {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The built site in Chromium, served by the small Node server (no security headers) or by Debian's
 * nginx with the repository's configuration (hosting/nginx). SITE_SERVER=nginx runs every browser
 * test through nginx, where a Content-Security-Policy violation shows as a console error.
 */
export async function openSite(
  server: 'static' | 'nginx' = process.env.SITE_SERVER === 'nginx' ? 'nginx' : 'static',
): Promise<SiteUnderTest> {
  if (!existsSync(join(BUILD_DIR, 'index.html'))) {
    throw new Error('build/ has no site: run `npm run build` before the browser tests (npm test does).');
  }
  const running: RunningServer = await (server === 'nginx' ? serveWithNginx : serveStatic)(BUILD_DIR);
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  return {
    origin: running.origin,
    browser,
    close: async () => {
      await browser.close();
      await running.close();
    },
  };
}

export interface PageRecord {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors, uncaught exceptions and failed same-origin responses. */
  errors: string[];
}

/** A fresh context and page that records requests and errors from the first byte. */
export async function recordedPage(
  site: SiteUnderTest,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<PageRecord> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A prefetch cut short because the test navigated on is the browser's doing, not a failure.
    if (reason !== 'net::ERR_ABORTED') {
      errors.push(`failed: ${request.url()} (${reason})`);
    }
  });
  return {page, context, requests, errors};
}

/** Requests that left the site's origin (data: and blob: URLs stay in the page). */
export function foreignRequests(origin: string, requests: string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

/**
 * Chooses a file of `bytes` made in the page itself (sending megabytes through the browser
 * protocol takes longer than the test may), as a person choosing it would.
 */
export async function chooseLargeFile(page: Page, selector: string, bytes: number): Promise<void> {
  await page.locator(selector).evaluate((input: HTMLInputElement, size: number) => {
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(size).fill(32)], 'huge.json', {type: 'application/json'}));
    input.files = files.files;
    input.dispatchEvent(new Event('change', {bubbles: true}));
  }, bytes);
}

/**
 * A retrying check (`await poll(() => locator.isChecked()).toBe(true)`): the page is asked again
 * until the value matches or 15 s pass, as a busy machine may need.
 */
export function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, {timeout: 15_000, interval: 100});
}

/**
 * Holds back every script the page requests from now on, until `release()`: to see the page as it
 * is before a chunk arrives. `release()` returns how many requests were held.
 */
export async function holdScripts(page: Page): Promise<{release: () => Promise<number>}> {
  const SCRIPT = /\.js(\?|$)/;
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const handled: Promise<void>[] = [];
  const handler = (route: Route) => {
    const done = gate.then(() => route.continue());
    handled.push(done);
    return done;
  };
  await page.route(SCRIPT, handler);
  return {
    async release() {
      open();
      // Every held request continued before the route is removed (removing it first would let
      // Playwright continue them too).
      await Promise.all(handled);
      await page.unroute(SCRIPT, handler);
      return handled.length;
    },
  };
}

/** The time a test that opens several pages or files gets, on a busy machine. */
export const SLOW = 150_000;

/**
 * Waits until an open navbar dropdown's menu has finished its opening transition: until then its
 * links are not focusable (Tab skips them) and a click can land on the page beneath it.
 */
export async function menuSettled(
  page: Page,
  menu = '.dropdown--show .dropdown__menu, .dropdown:hover .dropdown__menu',
): Promise<void> {
  await page.waitForFunction((selector) => {
    const element = document.querySelector(selector);
    if (!element) {
      return false;
    }
    const style = getComputedStyle(element);
    return style.visibility === 'visible' && style.opacity === '1';
  }, menu);
}

/**
 * Counts, in every page of `context` from its first script on, what sets up ICU's locale data: each
 * `localeCompare` call and each `Intl.Collator` or `Intl.NumberFormat` made. The first of them in a
 * page costs 11–54 ms unthrottled on these machines, in one task (see the README's performance
 * section). Read the count with `icuSetUps`.
 */
export async function countIcuSetUps(context: BrowserContext): Promise<void> {
  // A string, so that no helper of the test's compiler ends up in the page.
  await context.addInitScript({
    content: `(() => {
      const counts = (window.__icuSetUps = {});
      const count = (name) => { counts[name] = (counts[name] || 0) + 1; };
      const localeCompare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (...args) {
        count('localeCompare');
        return localeCompare.apply(this, args);
      };
      for (const name of ['Collator', 'NumberFormat']) {
        const Original = Intl[name];
        Intl[name] = new Proxy(Original, {
          construct(target, args, newTarget) { count('Intl.' + name); return Reflect.construct(target, args, newTarget); },
          apply(target, self, args) { count('Intl.' + name); return Reflect.apply(target, self, args); },
        });
      }
    })();`,
  });
}

/** What `countIcuSetUps` counted in the page so far, by name (empty when nothing). */
export function icuSetUps(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => (window as unknown as {__icuSetUps: Record<string, number>}).__icuSetUps);
}

/**
 * Whether React has taken over the first element matching `selector` (hydrated or rendered it: React
 * keeps its fiber on the element); false for served HTML left as it is.
 */
export function reactOwns(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')));
}
