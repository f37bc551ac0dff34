/**
 * Benchmarks that print figures (not pass/fail tests): what a reader downloads and how fast the
 * self-assessment's pure logic runs. Run after `npm run build`:  npm run bench
 */
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import type {ChecklistItem, Weight} from '../src/assessment/checklist';
import type {EditionItems} from '../src/assessment/edition-items';
import {exportJson, parseImport} from '../src/assessment/exchange';
import {emptyRecord, mergeRecords, type Answer} from '../src/assessment/model';
import {scoreChapters} from '../src/assessment/scoring';
import {benchPdfs} from './build-pdf';

const BUILD = join(process.cwd(), 'build');

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? dirSize(path) : stat.size);
  }, 0);
}

/** Bytes of the scripts and stylesheets a built page references (raw and gzip). */
function pageWeight(htmlFile: string): {raw: number; gzip: number; files: number} {
  const html = readFileSync(htmlFile, 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  let raw = 0;
  let gzip = 0;
  for (const asset of new Set(assets)) {
    const file = join(BUILD, asset);
    if (existsSync(file)) {
      const data = readFileSync(file);
      raw += data.length;
      gzip += gzipSync(data).length;
    }
  }
  const htmlData = Buffer.from(html);
  return {
    raw: raw + htmlData.length,
    gzip: gzip + gzipSync(htmlData).length,
    files: new Set(assets).size + 1,
  };
}

function time(label: string, runs: number, fn: () => void): void {
  fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    fn();
  }
  const each = (performance.now() - start) / runs;
  console.log(
    `  ${label.padEnd(58)} ${each < 1 ? `${(each * 1000).toFixed(1)} µs` : `${each.toFixed(2)} ms`}`,
  );
}

function syntheticEdition(chapters: number, perChapter: number): EditionItems {
  const text = {
    lt: 'Ar įstaiga turi patvirtintą tvarką?',
    en: 'Does the institution have an approved procedure?',
  };
  return {
    edition: 'current',
    chapters: Array.from({length: chapters}, (_, c) => ({
      chapter: `chapter-${c}`,
      title: {lt: `Skyrius ${c}`, en: `Chapter ${c}`},
      path: `/docs/next/chapter-${c}`,
      items: Array.from({length: perChapter}, (_, i): ChecklistItem => ({
        id: `chapter-${c}.item-${i}`,
        section: 'section',
        weight: ((i % 3) + 1) as Weight,
        question: text,
        guidance: text,
        evidence: text,
      })),
    })),
  };
}

console.log('Page weight (HTML + referenced JS and CSS; fonts load on demand):');
if (!existsSync(join(BUILD, 'index.html'))) {
  console.log('  build/ is missing: run `npm run build` first.');
} else {
  for (const [label, file] of [
    ['home (lt)', 'index.html'],
    ['chapter corruption-risk (lt)', 'docs/next/corruption-risk.html'],
    ['self-assessment page (lt)', 'self-assessment.html'],
    ['self-assessment page (en)', 'en/self-assessment.html'],
  ] as const) {
    const path = join(BUILD, file);
    if (existsSync(path)) {
      const w = pageWeight(path);
      console.log(
        `  ${label.padEnd(32)} ${kib(w.raw).padStart(11)} raw ${kib(w.gzip).padStart(11)} gzip  ${w.files} files`,
      );
    }
  }
  console.log(`  whole build                      ${kib(dirSize(BUILD)).padStart(11)}`);
}

console.log('Self-assessment logic (per call):');
const edition = syntheticEdition(13, 8);
const answers: Record<string, {answer: Answer; evidence: string; note: string; updatedAt: number}> = {};
const kinds: Answer[] = ['yes', 'partly', 'no', 'na'];
edition.chapters.forEach((c) =>
  c.items.forEach((item, i) => {
    answers[item.id] = {answer: kinds[i % 4] ?? 'yes', evidence: 'Įsakymas Nr. V-15', note: '', updatedAt: i};
  }),
);
const groups = edition.chapters.map((c) => ({chapter: c.chapter, items: c.items}));
time('score 13 chapters × 8 items', 2000, () => scoreChapters(groups, answers));
const record = {...emptyRecord('current'), current: {...emptyRecord('current').current, answers}};
const withHistory = {
  ...record,
  snapshots: Array.from({length: 20}, (_, i) => ({
    id: `s${i}`,
    savedAt: i,
    label: '',
    state: record.current,
  })),
};
const json = exportJson(withHistory, edition, new Date());
console.log(`  export file with 104 answers and 20 snapshots: ${kib(Buffer.byteLength(json))}`);
time('validate and parse that file for import', 200, () => parseImport(json, edition));
time('merge two records (what every save does)', 2000, () => mergeRecords(record, record));

// Prints every released edition again into a temporary folder (BENCH_PDF=0 leaves it out).
if (existsSync(join(BUILD, 'index.html')) && process.env.BENCH_PDF !== '0') {
  benchPdfs(BUILD).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
