/**
 * What a reader's browser gets and how fast it shows it: per-page bytes (HTML, CSS, JavaScript and
 * fonts, decoded and gzip, as Chromium downloads them) and Lighthouse (mobile preset, simulated throttling) on the build served
 * with gzip by scripts/lib/static-server.ts in Debian's Chromium. Lighthouse is run several times
 * per page and the median of each figure printed: on a shared, loaded machine single runs vary.
 *
 *   BENCH_LIGHTHOUSE=0       skip Lighthouse (bytes only)
 *   BENCH_LIGHTHOUSE_RUNS=n  runs per page (default 3)
 *   BENCH_PAGES=a,b          only the pages whose label contains one of these
 */
import {execFile} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {chromium, type Browser, type Request} from 'playwright-core';
import {serveStatic} from './static-server';
import {CHROMIUM_ARGS, findChromium} from '../chromium';

const execFileAsync = promisify(execFile);

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

type Kind = 'document' | 'stylesheet' | 'script' | 'font';

/**
 * The requests a page's download figures count: scripts only if requested before the page hydrated,
 * and each kind of file once per URL (Docusaurus's Head re-inserts a page's own stylesheet link when
 * it hydrates). Keyed by kind as well as URL: a chunk the page loaded as a script and that a link's
 * `<link rel="prefetch">` asks for again later (kind `other`) is still counted as a script. Keyed by
 * URL alone, the later prefetch replaced the script, and up to 33 KiB gzip of a chapter's chunks
 * went uncounted.
 */
export function countedRequests<T extends {url: string; kind: string; beforeHydration: boolean}>(
  requests: readonly T[],
): T[] {
  const counted = requests.filter((r) => r.kind !== 'script' || r.beforeHydration);
  return [...new Map(counted.map((r) => [`${r.kind} ${r.url}`, r])).values()];
}

/**
 * What Chromium downloads for one page until the network is idle: per kind, the decoded size and
 * the size on the wire (gzip, from the compressing server). Scripts include the route's chunks that
 * Docusaurus loads before hydrating, which the HTML does not name, and no prefetched chunk.
 */
async function pageBytes(browser: Browser, origin: string, path: string): Promise<Record<Kind, Bytes>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Scripts requested until React has hydrated the page (the runtime, main bundle and the route's
  // chunks), not the chunks Docusaurus prefetches afterwards for linked pages, nor those the page
  // fetches itself once hydrated (an island's code, src/components/Island). Timed in the page (the
  // moment `data-has-hydrated` is set, against each request's start in Resource Timing): Playwright
  // learns of the attribute a round trip later, after requests the page made meanwhile.
  await page.addInitScript(() => {
    const record = window as unknown as {hydratedAt?: number};
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.hasHydrated === 'true') {
        record.hydratedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-has-hydrated']});
  });
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  try {
    await page.goto(origin + path);
    await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 120_000});
    await page.waitForLoadState('networkidle');
    const requestedBefore = new Set(
      await page.evaluate(() => {
        const at = (window as unknown as {hydratedAt?: number}).hydratedAt ?? Infinity;
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < at)
          .map((entry) => entry.name);
      }),
    );
    const responses = await Promise.all(
      countedRequests(
        finished.map((request) => ({
          request,
          url: request.url(),
          kind: request.resourceType(),
          beforeHydration: requestedBefore.has(request.url()),
        })),
      )
        .map(({request}) => request)
        .map(async (request) => {
          const body = (await (await request.response())?.body().catch(() => null)) ?? Buffer.alloc(0);
          return {
            kind: request.resourceType(),
            raw: body.length,
            gzip: (await request.sizes()).responseBodySize,
          };
        }),
    );
    const sum = (kind: Kind): Bytes => {
      const list = responses.filter((r) => r.kind === kind);
      return {raw: list.reduce((t, r) => t + r.raw, 0), gzip: list.reduce((t, r) => t + r.gzip, 0)};
    };
    return {
      document: sum('document'),
      stylesheet: sum('stylesheet'),
      script: sum('script'),
      font: sum('font'),
    };
  } finally {
    await context.close();
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)}`;
}

async function printBytes(origin: string, pages: BenchPage[]): Promise<void> {
  console.log('What a page downloads (scripts: until hydrated), KiB decoded / gzip on the wire:');
  console.log(
    `  ${'page'.padEnd(36)} ${'HTML'.padStart(13)} ${'CSS'.padStart(15)} ${'JavaScript'.padStart(15)} ${'fonts'.padStart(7)}`,
  );
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    for (const page of pages) {
      const bytes = await pageBytes(browser, origin, page.path);
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

export interface Run {
  scores: number[];
  timings: number[];
  /** Audits below full marks outside performance, by id. */
  failing: string[];
}

/**
 * Each run's performance score, in the order of the runs: on a shared machine one page's runs can
 * differ by more than a change under test, so the bench shows them beside their median.
 */
export function performanceRuns(runs: readonly Run[]): string {
  const performance = CATEGORIES.indexOf('performance');
  return runs.map((run) => String(run.scores[performance] ?? NaN)).join(' ');
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

const LIGHTHOUSE_SCRIPT = fileURLToPath(new URL('./lighthouse-page.mjs', import.meta.url));

/** One Lighthouse run in a plain Node process (see lighthouse-page.mjs for why not in this one). */
async function lighthousePage(url: string, port: number): Promise<LighthouseResult> {
  const {stdout} = await execFileAsync(
    process.execPath,
    [LIGHTHOUSE_SCRIPT, url, String(port), CATEGORIES.join(',')],
    {maxBuffer: 256 * 1024 * 1024},
  );
  const lhr = JSON.parse(stdout) as LighthouseResult & {runtimeError?: {message?: string}};
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message ?? 'unknown error'}`);
  }
  return lhr;
}

async function lighthouseRuns(origin: string, pages: BenchPage[], runs: number): Promise<Map<string, Run[]>> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const results = new Map<string, Run[]>();
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        const lhr = await lighthousePage(origin + page.path, port);
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
  const runsTitle = 'perf of each run';
  const runsWidth = Math.max(runsTitle.length, runs * 4);
  console.log(
    `  ${'page'.padEnd(36)} perf  a11y  b-p   SEO     FCP     LCP     TBT    CLS  ${runsTitle.padEnd(runsWidth)}  audits below full marks`,
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
        .join(' ')}  ${performanceRuns(list).padEnd(runsWidth)}  ${failing}`,
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
