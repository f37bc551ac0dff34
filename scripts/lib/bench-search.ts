/**
 * The search figures of `npm run bench`: retrieval quality for our engine and plain lunr side by side,
 * index sizes, index build time, and query latency in Node and in Chromium.
 */
import {readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {readReleasedEditions} from '../../src/editions/editions';
import type {SearchLocale} from '../../src/search/analyze';
import type * as Engine from '../../src/search/engine';
import {SearchIndex} from '../../src/search/engine';
import {evaluate, type Quality} from '../../src/search/evaluate';
import {docRoutesByEdition, indexEdition, searchFiles} from '../../src/search/site-index';
import {CHROMIUM_ARGS, findChromium} from '../chromium';
import {builtIndexes, loadQualityQueries, oursSearch, plainLunrSearch} from './search-quality';

const pct = (x: number) => `${(x * 100).toFixed(0)} %`.padStart(6);

function qualityRow(label: string, q: Quality): string {
  return `    ${label.padEnd(16)} ${String(q.queries).padStart(3)}  ${pct(q.sectionHit1)} ${pct(q.sectionHit3)} ${q.mrr.toFixed(2).padStart(6)} ${pct(q.pageHit1)}`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function latency(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(58)} median ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms`,
  );
}

/** Every doc page of a built locale, as routes, for re-indexing (index build time). */
function localeRoutes(localeDir: string, baseUrl: string): string[] {
  const sitemap = readFileSync(join(localeDir, 'sitemap.xml'), 'utf8');
  return Array.from(
    sitemap.matchAll(/<loc>[^<]*?(\/(?:en\/)?docs\/[^<]*)<\/loc>/g),
    (m) => m[1] ?? '',
  ).filter((r) => r.startsWith(baseUrl));
}

export async function benchSearch(root: string, buildDir: string): Promise<void> {
  const released = readReleasedEditions(root);
  const edition = released[0] ?? 'current';
  const queries = loadQualityQueries();
  const data = builtIndexes(buildDir, edition);

  console.log(`Search quality, edition ${edition} (${queries.length} queries in tests/search/queries.yaml):`);
  console.log('    category         n   hit@1  hit@3    MRR  page@1');
  const ours = evaluate(queries, oursSearch(data));
  const plain = evaluate(queries, plainLunrSearch(data));
  for (const [category, quality] of ours) {
    console.log(qualityRow(`ours ${category}`, quality));
    const baseline = plain.get(category);
    if (baseline) console.log(qualityRow(`lunr ${category}`, baseline));
  }

  console.log('Search indexes (per edition and locale):');
  for (const locale of ['lt', 'en'] as const) {
    const localeDir = locale === 'lt' ? buildDir : join(buildDir, locale);
    for (const file of searchFiles(localeDir).filter((f) => !f.endsWith('manifest.json'))) {
      const bytes = readFileSync(file);
      console.log(
        `  ${locale} ${basename(file).padEnd(28)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB raw ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)} KiB gzip`,
      );
    }
  }

  console.log('Search index build (parse the rendered pages, analyse, index):');
  for (const [locale, baseUrl] of [
    ['lt', '/'],
    ['en', '/en/'],
  ] as const) {
    const localeDir = locale === 'lt' ? buildDir : join(buildDir, locale);
    const routes = localeRoutes(localeDir, baseUrl);
    const byEdition = docRoutesByEdition(routes, baseUrl, released);
    const start = performance.now();
    let sections = 0;
    for (const [name, docs] of byEdition) {
      sections += indexEdition(localeDir, baseUrl, locale, name, docs).sections.length;
    }
    console.log(
      `  ${locale}: ${byEdition.size} editions, ${sections} sections in ${(performance.now() - start).toFixed(0)} ms`,
    );
  }

  console.log('Search query latency (the query set, as typed; results as you type):');
  for (const locale of ['lt', 'en'] as const) {
    const index = SearchIndex.load(data[locale]);
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of queries.filter((x) => x.locale === locale)) {
        const start = performance.now();
        index.search(q.q);
        samples.push(performance.now() - start);
      }
    }
    latency(`Node, ${locale}`, samples);
  }
  await chromiumLatency(
    root,
    data,
    queries.map((q) => ({q: q.q, locale: q.locale})),
  );
}

async function chromiumLatency(
  root: string,
  data: Record<SearchLocale, unknown>,
  queries: Array<{q: string; locale: SearchLocale}>,
): Promise<void> {
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    console.log(`  Chromium: skipped (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const bundle = await build({
    entryPoints: [join(root, 'src/search/engine.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SearchEngine',
    write: false,
    minify: true,
    platform: 'browser',
  });
  const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    const script = bundle.outputFiles[0];
    if (!script) throw new Error('esbuild produced no bundle of the search engine.');
    await page.addScriptTag({content: script.text});
    const samples = await page.evaluate(
      ({data, queries}) => {
        const engine = (window as unknown as {SearchEngine: typeof Engine}).SearchEngine;
        const indexes = {
          lt: engine.SearchIndex.load(data.lt as never),
          en: engine.SearchIndex.load(data.en as never),
        };
        const out: Record<SearchLocale, number[]> = {lt: [], en: []};
        for (let round = 0; round < 3; round++) {
          for (const {q, locale} of queries) {
            const start = window.performance.now();
            indexes[locale].search(q);
            out[locale].push(window.performance.now() - start);
          }
        }
        return out;
      },
      {data, queries},
    );
    latency('Chromium, lt', samples.lt);
    latency('Chromium, en', samples.en);
  } finally {
    await browser.close();
  }
}
