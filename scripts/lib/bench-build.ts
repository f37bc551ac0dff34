/**
 * How long a production build takes, split as issue 12 asks: the site (Docusaurus, both locales and
 * every edition), the search indexes (written by src/plugins/search after each locale, which logs its
 * own time) and the PDF editions, then the total. The build goes into a temporary folder, so the
 * `build/` the other benchmarks measure is left as it is.
 *
 *   BENCH_BUILD=0      leave the build out (scripts/bench.ts)
 *   BENCH_BUILD=cold   clear Docusaurus's and webpack's caches first (a first build on a new machine)
 */
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {promisify} from 'node:util';

/** Milliseconds the search plugin reported for each locale (`[search] lt: … (1234 ms)`). */
export function searchIndexTimes(output: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const match of output.matchAll(/^\[search\] ([a-z-]+): .*\((\d+) ms\)\s*$/gm)) {
    const [, locale = '', ms = '0'] = match;
    times.set(locale, (times.get(locale) ?? 0) + Number(ms));
  }
  return times;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export async function benchBuild(
  root: string,
  /** Prints the PDFs from a build and returns the seconds it took; null when they are left out. */
  printPdfs: ((buildDir: string) => Promise<number>) | null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const cacheDirs = [join(root, 'node_modules', '.cache'), join(root, '.docusaurus')];
  const cold = env.BENCH_BUILD === 'cold';
  if (cold) {
    cacheDirs.forEach((dir) => rmSync(dir, {recursive: true, force: true}));
  }
  const warm = !cold && existsSync(join(root, 'node_modules', '.cache', 'webpack'));
  const outDir = mkdtempSync(join(tmpdir(), 'skaidrumo-build-bench-'));
  try {
    console.log(
      `Production build (into a temporary folder; ${warm ? 'webpack cache warm' : 'no cache: a first build'}):`,
    );
    const start = performance.now();
    const docusaurus = join(root, 'node_modules', '.bin', 'docusaurus');
    // execFile's error, when the build fails, carries the build's own output.
    const {stdout, stderr} = await promisify(execFile)(docusaurus, ['build', '--out-dir', outDir], {
      cwd: root,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${stdout}\n${stderr}`;
    const docusaurusMs = performance.now() - start;
    const search = searchIndexTimes(output);
    const searchMs = [...search.values()].reduce((sum, ms) => sum + ms, 0);
    if (search.size === 0) {
      throw new Error(
        'the build did not report its search indexes ([search] lines); has the plugin changed?',
      );
    }
    const pdfMs = printPdfs === null ? 0 : (await printPdfs(outDir)) * 1000;
    const rows: [string, number][] = [
      ['site (Docusaurus, both locales, every edition)', docusaurusMs - searchMs],
      [
        `search indexes (${[...search].map(([locale, ms]) => `${locale} ${seconds(ms)}`).join(', ')})`,
        searchMs,
      ],
      [printPdfs === null ? 'PDF editions (left out: BENCH_PDF=0)' : 'PDF editions', pdfMs],
      ['total', docusaurusMs + pdfMs],
    ];
    rows.forEach(([label, ms]) => console.log(`  ${label.padEnd(58)} ${seconds(ms)}`));
  } finally {
    rmSync(outDir, {recursive: true, force: true});
  }
}
