/**
 * Browser tests run against the production build in build/, served on 127.0.0.1, in Debian's
 * Chromium driven by playwright-core (no browser is ever downloaded).
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium';
import {serveStatic, type RunningServer} from '../../scripts/lib/static-server';

export const BUILD_DIR = join(process.cwd(), 'build');

export interface SiteUnderTest {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<SiteUnderTest> {
  if (!existsSync(join(BUILD_DIR, 'index.html'))) {
    throw new Error('build/ has no site: run `npm run build` before the browser tests (npm test does).');
  }
  const server: RunningServer = await serveStatic(BUILD_DIR);
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
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
  page.on('requestfailed', (request) =>
    errors.push(`failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  return {page, context, requests, errors};
}

/** Requests that left the site's origin (data: and blob: URLs stay in the page). */
export function foreignRequests(origin: string, requests: string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}
