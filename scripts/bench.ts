/**
 * Benchmarks that print figures (not pass/fail tests): how fast the self-assessment's pure logic and
 * the search run, what a reader downloads and Lighthouse's figures (scripts/lib/bench-web.ts), and the time to print
 * each PDF edition (scripts/build-pdf.ts), and a whole production build's time (scripts/lib/bench-build.ts).
 * Run after `npm run build`:  npm run bench
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import type {ChecklistItem, Weight} from '../src/assessment/checklist';
import type {EditionItems} from '../src/assessment/edition-items';
import {exportJson, parseImport} from '../src/assessment/exchange';
import {emptyRecord, LIMITS, mergeRecords, type Answer} from '../src/assessment/model';
import {AssessmentStore, serializeRecord, storageKey} from '../src/assessment/store';
import {scoreChapters} from '../src/assessment/scoring';
import {benchPdfs} from './build-pdf';
import {benchBuild} from './lib/bench-build';
import {benchSearch} from './lib/bench-search';
import {benchWeb} from './lib/bench-web';

const BUILD = join(process.cwd(), 'build');

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
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

// A keystroke in an evidence field of a record at the limits (every item answered, a full history),
// and the coalesced write that follows typing. Goal: keystroke under 2 ms median.
{
  const full = syntheticEdition(LIMITS.items / 4, 4);
  const state = {...record.current, answers: {} as typeof answers};
  full.chapters.forEach((c) =>
    c.items.forEach((item, i) => {
      state.answers[item.id] = {
        answer: kinds[i % 4] ?? 'yes',
        evidence: 'Įsakymas Nr. V-15',
        note: '',
        updatedAt: i,
      };
    }),
  );
  const atLimits = {
    ...record,
    current: state,
    snapshots: Array.from({length: LIMITS.snapshots}, (_, i) => ({
      id: `s${i}`,
      savedAt: i,
      label: '',
      state,
    })),
  };
  const data = new Map([[storageKey('current'), serializeRecord(atLimits)]]);
  const storage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
  const store = new AssessmentStore('current', storage, Date.now, {schedule: () => undefined});
  if (
    store.getState().setAsideKey !== null ||
    store.getState().record.snapshots.length !== LIMITS.snapshots
  ) {
    throw new Error('the benchmark record must be at the limits and readable');
  }
  const id = full.chapters[0]?.items[0]?.id ?? '';
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    store.setAnswer(id, {evidence: `Įsakymas Nr. V-${i}`}, {typing: true});
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1] ?? 0;
  console.log(
    `  keystroke, ${Object.keys(state.answers).length} answers × ${LIMITS.snapshots} snapshots (median of 500)`.padEnd(
      60,
    ) + ` ${median.toFixed(3)} ms ${median < 2 ? '(goal < 2 ms: met)' : '(goal < 2 ms: NOT met)'}`,
  );
  console.log(`    stored record: ${kib(data.get(storageKey('current'))?.length ?? 0)} of text`);
  time('write after typing (read, compare, serialize, store)', 20, () => {
    store.setAnswer(id, {note: 'x'}, {typing: true});
    store.flush();
  });
}

// Last, a whole production build timed into a temporary folder, with every released edition printed
// from it (BENCH_BUILD=0 leaves the build out and prints the PDFs from build/; BENCH_PDF=0 leaves them out).
const printPdfs = process.env.BENCH_PDF === '0' ? null : benchPdfs;
void benchSearch(process.cwd(), BUILD)
  .then(() => benchWeb(BUILD))
  .then(async () => {
    if (process.env.BENCH_BUILD !== '0') {
      await benchBuild(process.cwd(), printPdfs);
    } else if (printPdfs !== null && existsSync(join(BUILD, 'index.html'))) {
      await printPdfs(BUILD);
    }
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
