/**
 * How long a production build takes, split as issue 12 asks: the site (Docusaurus, both locales and
 * every edition), the search indexes (written by src/plugins/search after each locale, which logs its
 * own time) and the PDF editions, then the total. The build goes into a temporary folder, so the
 * `build/` the other benchmarks measure is left as it is.
 *
 *   BENCH_BUILD=0      leave the build out
 *   BENCH_BUILD=cold   clear Docusaurus's and webpack's caches first (a first build on a new machine)
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';

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

/** Runs a command from the project root, keeping its output for parsing and for the error message. */
function run(root: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: root, env, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

export async function benchBuild(
  root: string,
  /** Prints the PDFs from a build and returns the seconds it took; null when they are left out. */
  printPdfs: ((buildDir: string) => Promise<number>) | null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (env.BENCH_BUILD === '0') {
    return;
  }
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
    const output = await run(root, docusaurus, ['build', '--out-dir', outDir], env);
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
