/**
 * What a reader's browser gets and how fast it shows it: per-page bytes (HTML, CSS, JavaScript and
 * fonts, decoded and gzip, as Chromium downloads them) and Lighthouse (mobile preset, simulated throttling) on the build served
 * with gzip by tests/support/static-server.ts in Debian's Chromium. Lighthouse is run several times
 * per page and the median of each figure printed: on a shared, loaded machine single runs vary.
 *
 *   BENCH_LIGHTHOUSE=0       skip Lighthouse (bytes only)
 *   BENCH_LIGHTHOUSE_RUNS=n  runs per page (default 3)
 *   BENCH_PAGES=a,b          only the pages whose label contains one of these
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {serveStatic} from '../../tests/support/static-server';
import {CHROMIUM_ARGS, findChromium} from '../chromium';

interface BenchPage {
  label: string;
  /** URL path on the served build. */
  path: string;
}

const LOCALES = [
  {locale: 'lt', prefix: ''},
  {locale: 'en', prefix: '/en'},
] as const;

/** The pages issue 12 sets targets for, in both locales (the search page when the build has it). */
export function benchPages(buildDir: string): BenchPage[] {
  const pages = [
    ['home', '/'],
    ['chapter conflicts-of-interest', '/docs/conflicts-of-interest'],
    ['glossary', '/docs/glossary'],
    ['self-assessment', '/self-assessment'],
    ['search', '/search'],
  ] as const;
  return LOCALES.flatMap(({locale, prefix}) =>
    pages
      .map(([label, path]) => ({
        label: `${label} (${locale})`,
        path: path === '/' ? `${prefix}/` : prefix + path,
      }))
      .filter((page) => htmlFile(buildDir, page.path) !== null),
  );
}

function htmlFile(buildDir: string, path: string): string | null {
  const base = join(buildDir, path);
  return (
    [`${base}.html`, join(base, 'index.html')].find((file) => existsSync(file) && statSync(file).isFile()) ??
    null
  );
}

interface Bytes {
  raw: number;
  gzip: number;
}

const KINDS = ['document', 'stylesheet', 'script', 'font'] as const;
type Kind = (typeof KINDS)[number];

/**
 * What Chromium downloads for one page until the network is idle: per kind, the decoded size and
 * the size on the wire (gzip, from the compressing server). Scripts include the route's chunks that
 * Docusaurus loads before hydrating, which the HTML does not name.
 */
async function pageBytes(
  browser: Browser,
  origin: string,
  path: string,
): Promise<{bytes: Record<Kind, Bytes>; renderBlockingCss: Bytes}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: {kind: string; url: string; raw: number; gzip: number}[] = [];
  page.on('requestfinished', (request) => {
    void (async () => {
      const response = await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const sizes = await request.sizes();
      responses.push({
        kind: request.resourceType(),
        url: request.url(),
        raw: body.length,
        gzip: sizes.responseBodySize,
      });
    })();
  });
  await page.goto(origin + path, {waitUntil: 'networkidle'});
  const blocking = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
      .filter((link) => !link.dataset.rh || document.documentElement.innerHTML.indexOf(link.outerHTML) >= 0)
      .map((link) => link.href),
  );
  await page.waitForTimeout(200);
  await context.close();
  const sum = (list: typeof responses): Bytes => ({
    raw: list.reduce((total, r) => total + r.raw, 0),
    gzip: list.reduce((total, r) => total + r.gzip, 0),
  });
  const bytes = Object.fromEntries(
    KINDS.map((kind) => [kind, sum(responses.filter((r) => r.kind === kind))]),
  ) as Record<Kind, Bytes>;
  return {
    bytes,
    renderBlockingCss: sum(responses.filter((r) => r.kind === 'stylesheet' && blocking.includes(r.url))),
  };
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)}`;
}

async function printBytes(origin: string, pages: BenchPage[]): Promise<void> {
  console.log('What a page downloads until the network is idle, KiB decoded / gzip on the wire:');
  console.log(
    `  ${'page'.padEnd(36)} ${'HTML'.padStart(13)} ${'CSS'.padStart(15)} ${'JavaScript'.padStart(15)} ${'fonts'.padStart(7)}`,
  );
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    for (const page of pages) {
      const {bytes} = await pageBytes(browser, origin, page.path);
      const cell = (b: Bytes, width: number) => `${kib(b.raw)} / ${kib(b.gzip)}`.padStart(width);
      console.log(
        `  ${page.label.padEnd(36)} ${cell(bytes.document, 13)} ${cell(bytes.stylesheet, 15)} ${cell(bytes.script, 15)} ${kib(bytes.font.gzip).padStart(7)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMINGS = [
  ['FCP', 'first-contentful-paint', 's'],
  ['LCP', 'largest-contentful-paint', 's'],
  ['TBT', 'total-blocking-time', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
] as const;

interface Run {
  scores: number[];
  timings: number[];
  /** Audits below full marks outside performance, by id. */
  failing: string[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

interface LighthouseAudit {
  score: number | null;
  numericValue?: number;
  scoreDisplayMode?: string;
}

interface LighthouseResult {
  categories: Record<string, {score: number | null; auditRefs: {id: string}[]}>;
  audits: Record<string, LighthouseAudit>;
}

async function lighthouseRuns(origin: string, pages: BenchPage[], runs: number): Promise<Map<string, Run[]>> {
  const {default: lighthouse} = await import('lighthouse');
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const results = new Map<string, Run[]>();
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        const result = await lighthouse(origin + page.path, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result?.lhr as unknown as LighthouseResult | undefined;
        if (!lhr) {
          throw new Error(`Lighthouse gave no result for ${page.path}`);
        }
        const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .map((ref) => ({id: ref.id, audit: lhr.audits[ref.id]}))
            .filter(
              ({audit}) => audit?.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1,
            )
            .map(({id}) => id),
        );
        results.set(page.label, [
          ...(results.get(page.label) ?? []),
          {
            scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100)),
            timings: TIMINGS.map(([, id]) => lhr.audits[id]?.numericValue ?? NaN),
            failing,
          },
        ]);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

function printLighthouse(results: Map<string, Run[]>, runs: number): void {
  console.log(
    `Lighthouse 12 mobile preset, gzip-served build, median of ${runs} run${runs === 1 ? '' : 's'} per figure:`,
  );
  console.log(
    `  ${'page'.padEnd(36)} perf  a11y  b-p   SEO     FCP     LCP     TBT    CLS  audits below full marks`,
  );
  for (const [label, list] of results) {
    const scores = CATEGORIES.map((_, i) => median(list.map((r) => r.scores[i] ?? NaN)));
    const timings = TIMINGS.map(([, , unit], i) => {
      const value = median(list.map((r) => r.timings[i] ?? NaN));
      return unit === 's'
        ? `${(value / 1000).toFixed(1)} s`
        : unit === 'ms'
          ? `${Math.round(value)} ms`
          : value.toFixed(3);
    });
    const failing = [...new Set(list.flatMap((r) => r.failing))].join(', ') || '-';
    console.log(
      `  ${label.padEnd(36)} ${scores.map((s) => String(s).padStart(4)).join('  ')} ${timings
        .map((t, i) => t.padStart(i === 3 ? 6 : 7))
        .join(' ')}  ${failing}`,
    );
  }
}

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? dirSize(path) : stat.size);
  }, 0);
}

/** Prints page weights and Lighthouse figures for the built site in `buildDir`. */
export async function benchWeb(buildDir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!existsSync(join(buildDir, 'index.html'))) {
    console.log('Web pages: build/ is missing: run `npm run build` first.');
    return;
  }
  const only = (env.BENCH_PAGES ?? '').split(',').filter(Boolean);
  const pages = benchPages(buildDir).filter(
    (page) => only.length === 0 || only.some((part) => page.label.includes(part)),
  );
  const runs = Math.max(1, Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3);
  const server = await serveStatic(buildDir, {compress: true});
  try {
    await printBytes(server.origin, pages);
    console.log(`  whole build: ${(dirSize(buildDir) / 1024 / 1024).toFixed(1)} MiB`);
    if (env.BENCH_LIGHTHOUSE !== '0') {
      printLighthouse(await lighthouseRuns(server.origin, pages, runs), runs);
    }
  } finally {
    await server.close();
  }
}
