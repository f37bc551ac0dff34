/**
 * The PDF editions, made after `docusaurus build` (`npm run build` runs both): serves build/ on
 * 127.0.0.1, assembles each released edition in each language (src/pdf/), lays it out with
 * Paged.js and prints it with Chromium through playwright-core into build/pdf/, with a manifest.
 *
 *   SKIP_PDF=1   build no PDFs (quick development builds; the site then links none)
 *   PDF_DRAFT=1  also print the draft edition (`next`), marked as a draft on every page
 */
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {chromium, type Browser} from 'playwright-core';
import {LOCALES, type Locale} from '../src/assessment/checklist';
import {loadErrata} from '../src/content/errata';
import {CURRENT_EDITION, releasedEditionsInBuild} from '../src/editions/editions';
import {editionsToPrint} from '../src/pdf/plan';
import {assembleBook, editionDocIds, localePrefix, pageStylesheets} from '../src/pdf/book';
import {bookDocument, documentInfo} from '../src/pdf/document';
import {withDocumentInfo} from '../src/pdf/info';
import {printFontCss, printFontOverride, printFontStylesheets} from '../src/pdf/fonts';
import {bookCss} from '../src/pdf/layout';
import {countPdfPages, MANIFEST_FILE, PDF_DIR, pdfFileName, type PdfEntry} from '../src/pdf/manifest';
import {CHROMIUM_ARGS, ChromiumNotFoundError, findChromium} from './chromium';
import {serveStatic} from './lib/static-server';

const SITE_DIR = join(__dirname, '..');
const PAGED_JS = join(SITE_DIR, 'node_modules', 'pagedjs', 'dist', 'paged.polyfill.js');
/** The project states no licence yet; when it does, the imprint prints this text. */
const LICENCE: string | null = null;
// Generous: a guard against a hung layout, not a performance limit (a loaded 2-core machine is slow).
const LAYOUT_TIMEOUT_MS = 900_000;
const FONT_URL = '/__pdf/fonts/';

/** The static Literata files (see src/pdf/fonts.ts), or null when `@fontsource/literata` is missing. */
function staticFontDir(): string | null {
  try {
    return dirname(require.resolve('@fontsource/literata/package.json'));
  } catch {
    return null;
  }
}

/** @font-face rules of the print face, or nothing (with a warning) when the package is missing. */
function printFaces(log: (line: string) => void): string {
  const dir = staticFontDir();
  if (!dir) {
    log(
      '  warning: @fontsource/literata is not installed, so the PDFs embed the variable Literata as Type 3 fonts',
    );
    return '';
  }
  return (
    printFontStylesheets()
      .map((file) => printFontCss(readFileSync(join(dir, file), 'utf8'), FONT_URL))
      .join('\n') + printFontOverride()
  );
}

export interface BuiltPdf extends PdfEntry {
  seconds: number;
}

export interface PdfBuildOptions {
  buildDir: string;
  outDir: string;
  editions: string[];
  locales?: readonly Locale[];
  log?: (line: string) => void;
}

function draftSidebar(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sidebars = require('../sidebars') as {default: {book: unknown}};
  return sidebars.default.book;
}

async function printBook(
  browser: Browser,
  origin: string,
  {html, css, file}: {html: string; css: string; file: string},
): Promise<{pages: number; pdf: Buffer}> {
  const page = await browser.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.emulateMedia({media: 'print', colorScheme: 'light'});
    await page.route(`${origin}/__pdf/book.html`, (route) =>
      route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: html}),
    );
    await page.route(`${origin}/__pdf/book.css`, (route) =>
      route.fulfill({status: 200, contentType: 'text/css; charset=utf-8', body: css}),
    );
    const fontDir = staticFontDir();
    await page.route(`${origin}${FONT_URL}*`, (route) => {
      const name = new URL(route.request().url()).pathname.slice(FONT_URL.length);
      return fontDir && /^[a-z0-9-]+\.woff2$/.test(name)
        ? route.fulfill({
            status: 200,
            contentType: 'font/woff2',
            body: readFileSync(join(fontDir, 'files', name)),
          })
        : route.fulfill({status: 404, body: ''});
    });
    await page.route(`${origin}/__pdf/paged.polyfill.js`, (route) =>
      route.fulfill({status: 200, contentType: 'text/javascript', body: readFileSync(PAGED_JS)}),
    );
    await page.goto(`${origin}/__pdf/book.html`, {waitUntil: 'domcontentloaded', timeout: LAYOUT_TIMEOUT_MS});
    await page
      .waitForFunction(() => typeof (window as {__bookPages?: number}).__bookPages === 'number', null, {
        timeout: LAYOUT_TIMEOUT_MS,
        polling: 500,
      })
      .catch((error: Error) => {
        throw new Error(`Paged.js did not finish laying out ${file}: ${error.message} ${errors.join('; ')}`);
      });
    const pages = await page.evaluate(() => (window as {__bookPages?: number}).__bookPages ?? 0);
    const pdf = await page.pdf({outline: true, tagged: true, preferCSSPageSize: true, printBackground: true});
    return {pages, pdf};
  } finally {
    await page.close();
  }
}

export async function buildPdfs(options: PdfBuildOptions): Promise<BuiltPdf[]> {
  const log = options.log ?? console.log;
  if (options.editions.length === 0) {
    return [];
  }
  const released = releasedEditionsInBuild(SITE_DIR);
  const server = await serveStatic(options.buildDir);
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  const built: BuiltPdf[] = [];
  const generatedAt = new Date();
  const faces = printFaces(log);
  try {
    mkdirSync(options.outDir, {recursive: true});
    for (const edition of options.editions) {
      const docIds = editionDocIds(SITE_DIR, edition, draftSidebar);
      for (const locale of options.locales ?? LOCALES) {
        const start = performance.now();
        const home = readFileSync(
          join(options.buildDir, localePrefix(locale).slice(1), 'index.html'),
          'utf8',
        );
        const book = assembleBook({
          siteDir: SITE_DIR,
          buildDir: options.buildDir,
          edition,
          locale,
          released,
          docIds,
          stylesheets: pageStylesheets(home),
          pagedScript: '/__pdf/paged.polyfill.js',
          bookStylesheet: '/__pdf/book.css',
          generatedAt,
          licence: LICENCE,
          errata: edition === CURRENT_EDITION ? [] : loadErrata(SITE_DIR, edition).entries,
        });
        const name = pdfFileName(edition, locale);
        const path = join(options.outDir, name);
        const printed = await printBook(browser, server.origin, {
          html: bookDocument(book),
          css: faces + bookCss(locale, book.draft),
          file: name,
        });
        const pages = printed.pages;
        const data = Buffer.from(withDocumentInfo(printed.pdf, documentInfo(book), generatedAt));
        writeFileSync(path, data);
        const counted = countPdfPages(data);
        if (counted !== pages) {
          throw new Error(`${name}: Paged.js laid out ${pages} pages but the PDF has ${counted}`);
        }
        const entry: BuiltPdf = {
          edition,
          locale,
          file: name,
          pages,
          bytes: data.length,
          sha256: createHash('sha256').update(data).digest('hex'),
          seconds: (performance.now() - start) / 1000,
        };
        built.push(entry);
        log(
          `  ${name}: ${entry.pages} pages, ${(entry.bytes / 1e6).toFixed(2)} MB, ${entry.seconds.toFixed(1)} s`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return built;
}

/** `npm run bench`: all PDFs and each PDF, printed into a temporary folder. */
export async function benchPdfs(buildDir: string): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'skaidrumo-pdf-bench-'));
  try {
    console.log('PDF editions (layout and printing, per PDF):');
    const start = performance.now();
    const built = await buildPdfs({buildDir, outDir, editions: editionsToPrint(SITE_DIR)});
    const seconds = (performance.now() - start) / 1000;
    console.log(`  all ${built.length} PDFs: ${seconds.toFixed(1)} s`);
    return seconds;
  } finally {
    rmSync(outDir, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  const buildDir = join(SITE_DIR, 'build');
  const outDir = join(buildDir, PDF_DIR);
  rmSync(outDir, {recursive: true, force: true});
  const writeManifest = (files: PdfEntry[]) => {
    mkdirSync(outDir, {recursive: true});
    writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify({files}, null, 2)}\n`);
  };
  if (process.env.SKIP_PDF === '1') {
    // A manifest listing no files; the site, built with the same SKIP_PDF=1, links none (src/pdf/plan.ts).
    writeManifest([]);
    console.log('PDF editions skipped (SKIP_PDF=1): the site links no PDF.');
    return;
  }
  try {
    findChromium();
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) {
      console.error(
        `The PDF editions are printed with Chromium after the site is built.\n${error.message}\n` +
          'To build the site without PDFs instead, say so explicitly:  SKIP_PDF=1 npm run build',
      );
      process.exit(1);
    }
    throw error;
  }
  const editions = editionsToPrint(SITE_DIR);
  const start = performance.now();
  console.log(`PDF editions (${editions.length === 0 ? 'none released' : editions.join(', ')}):`);
  const built = await buildPdfs({buildDir, outDir, editions});
  const files: PdfEntry[] = built.map(({edition, locale, file, pages, bytes, sha256}) => ({
    edition,
    locale,
    file,
    pages,
    bytes,
    sha256,
  }));
  writeManifest(files);
  console.log(`PDF editions: ${files.length} files in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
