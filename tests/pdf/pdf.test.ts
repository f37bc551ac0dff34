/**
 * The PDF editions in build/pdf/ (made by `npm run build`), checked with Debian's poppler-utils:
 * manifest, metadata, fonts, outline, contents and cross-reference page numbers, text and forms;
 * then the site's links to them and the browser print of a chapter.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import sidebars from '../../sidebars';
import {loadEditionChecklists} from '../../src/content/checklists';
import {formatErrataDate, loadErrata, type ErrataEntry} from '../../src/content/errata';
import {CURRENT_EDITION} from '../../src/editions/editions';
import {builtFiles} from '../../src/hosting/built-links';
import {htmlText} from '../../src/pdf/assemble';
import {assembleBook, editionDocIds} from '../../src/pdf/book';
import {bookDocument, SCORE_SHEET_ID} from '../../src/pdf/document';
import {BOOK_LABELS} from '../../src/pdf/labels';
import {manifestEntries, pdfFileName, type PdfEntry} from '../../src/pdf/manifest';
import {BUILD_DIR, openSite, recordedPage, type SiteUnderTest} from '../support/browser';
import {docPath, LOCALES, RELEASED, SITE_DIR} from '../support/site-pages';

const PDF_DIR = join(BUILD_DIR, 'pdf');
const MANIFEST = join(PDF_DIR, 'manifest.json');

function tool(command: string, args: string[]): string {
  return execFileSync(command, args, {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
}

function readManifest(): PdfEntry[] {
  if (!existsSync(MANIFEST)) {
    throw new Error(
      `${MANIFEST} is missing: run \`npm run build\` (without SKIP_PDF=1) before the browser tests`,
    );
  }
  return manifestEntries(JSON.parse(readFileSync(MANIFEST, 'utf8')));
}

const entries = existsSync(MANIFEST) ? readManifest() : [];

/**
 * Text as a reader sees it: words hyphenated across lines joined (`pdftotext -layout` indents the
 * next line), whitespace collapsed.
 */
function flat(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})[-\u2010]\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text for comparing a phrase with the PDF regardless of where lines broke: whitespace collapsed and
 * every hyphen dropped with the space after it. A line may break after a word's own hyphen
 * ("up-to-⏎date") as well as inside a word, and the extracted text cannot tell the two apart.
 */
function canonical(text: string): string {
  return flat(text)
    .replace(/[-\u2010]\s*/g, '')
    .replace(/\s+/g, ' ');
}

/** Lines of extracted text that are exactly `label`, or start with it when it ends in a colon. */
function chromeLines(text: string, label: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line === label || (label.endsWith(':') && line.startsWith(label)));
}

function uiString(locale: string, id: string): string {
  const messages = JSON.parse(readFileSync(join(SITE_DIR, 'i18n', locale, 'code.json'), 'utf8')) as Record<
    string,
    {message: string}
  >;
  const message = messages[id]?.message;
  if (!message) {
    throw new Error(`i18n/${locale}/code.json has no "${id}"`);
  }
  return message;
}

function corrections(edition: string): ErrataEntry[] {
  return edition === CURRENT_EDITION ? [] : loadErrata(SITE_DIR, edition).entries;
}

interface Analysed {
  entry: PdfEntry;
  file: string;
  info: Record<string, string>;
  /** Text of each page, from page 1. */
  pages: string[];
  /** Named destination → page. */
  dests: Map<string, number>;
  /** Outline items: title and page. */
  outline: {title: string; page: number}[];
  html: string;
}

const analysed = new Map<string, Analysed>();

function analyse(entry: PdfEntry): Analysed {
  const cached = analysed.get(entry.file);
  if (cached) {
    return cached;
  }
  const file = join(PDF_DIR, entry.file);
  const info = Object.fromEntries(
    tool('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
  const pages = tool('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1);
  const dests = new Map(
    tool('pdfinfo', ['-dests', file])
      .split('\n')
      .map((line) => /^\s*(\d+)\s+\[.*\]\s+"(.*)"$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[2] ?? '', Number(m[1])]),
  );
  const outline = [
    ...tool('pdftohtml', ['-xml', '-i', '-stdout', '-f', '1', '-l', '1', file]).matchAll(
      /<item page="(\d+)">([\s\S]*?)<\/item>/g,
    ),
  ].map((m) => ({page: Number(m[1]), title: htmlText(m[2] ?? '')}));
  const docIds = editionDocIds(SITE_DIR, entry.edition, () => sidebars.book);
  const html = bookDocument(
    assembleBook({
      siteDir: SITE_DIR,
      buildDir: BUILD_DIR,
      edition: entry.edition,
      locale: entry.locale,
      released: RELEASED,
      docIds,
      stylesheets: [],
      pagedScript: '',
      bookStylesheet: '',
      generatedAt: new Date(),
      licence: null,
      errata: corrections(entry.edition),
    }),
  );
  const result = {entry, file, info, pages, dests, outline, html};
  analysed.set(entry.file, result);
  return result;
}

/** Parts of the book (id and plain title) in the order of its contents. */
function parts(html: string): {id: string; title: string}[] {
  return [
    ...html.matchAll(
      /<li><a href="#([^"]+)" class="toc-link">[\s\S]*?<span class="toc-title">([\s\S]*?)<\/span>/g,
    ),
  ].map((m) => ({id: m[1] ?? '', title: htmlText(m[2] ?? '')}));
}

describe('the PDF editions', () => {
  it('the build made one PDF per released edition and language, and lists them in the manifest', () => {
    const manifest = readManifest();
    for (const edition of RELEASED) {
      for (const locale of LOCALES) {
        expect(manifest.map((e) => e.file)).toContain(pdfFileName(edition, locale));
      }
    }
    const raw = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {files: unknown[]};
    expect(raw.files).toHaveLength(manifest.length);
  });

  describe.each(entries.map((entry) => ({name: entry.file, entry})))('$name', ({entry}) => {
    it('matches its manifest entry (bytes, sha256, pages) and has a sane page count', () => {
      const file = join(PDF_DIR, entry.file);
      const data = readFileSync(file);
      expect(statSync(file).size).toBe(entry.bytes);
      expect(createHash('sha256').update(data).digest('hex')).toBe(entry.sha256);
      const {info} = analyse(entry);
      expect(Number(info.Pages)).toBe(entry.pages);
      expect(entry.pages).toBeGreaterThan(40);
      expect(entry.pages).toBeLessThan(1000);
      expect(info['Page size']).toContain('(A4)');
    });

    it('lists every correction since release in the imprint, with the page of its section', () => {
      const {pages, html, dests} = analyse(entry);
      const contents = pages.findIndex((page) => page.includes(BOOK_LABELS[entry.locale].contents));
      const imprint = canonical(pages.slice(1, contents).join('\n'));
      const entries = corrections(entry.edition);
      for (const correction of entries) {
        const anchor = `${correction.chapter}--${correction.section}`;
        const heading = new RegExp(`<h[2-6][^>]*id="${anchor}"[^>]*>([\\s\\S]*?)</h[2-6]>`).exec(html)?.[1];
        const chapter = parts(html).find((part) => part.id === correction.chapter)?.title ?? '(missing)';
        const line = `${formatErrataDate(correction.date, entry.locale)} · ${chapter}: ${htmlText(heading ?? '(missing)')}`;
        expect(imprint).toContain(
          canonical(`${line} (${BOOK_LABELS[entry.locale].page} ${dests.get(anchor)})`),
        );
      }
      if (entries.length === 0) {
        expect(imprint).toContain(canonical(BOOK_LABELS[entry.locale].noCorrections));
      }
    });

    it('has its title, author, subject, keywords and language, and is tagged', () => {
      const {info, file} = analyse(entry);
      const labels = BOOK_LABELS[entry.locale];
      expect(info.Title).toBe(`${labels.title}. ${labels.edition(entry.edition)}`);
      expect(info.Author).toBe(labels.author);
      expect(info.Subject).toBe(labels.subject);
      expect(info.Keywords).toBe(labels.keywords);
      expect(info.Tagged).toBe('yes');
      expect(readFileSync(file).includes(`/Lang (${entry.locale})`)).toBe(true);
    });

    it('embeds every font as a subset, the text face among them', () => {
      const rows = tool('pdffonts', [join(PDF_DIR, entry.file)])
        .trim()
        .split('\n')
        .slice(2);
      expect(rows.length).toBeGreaterThan(0);
      const bad = rows.filter((row) => !/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(row));
      expect(bad).toEqual([]);
      expect(rows.some((row) => /\+Literata-Regular\s/.test(row))).toBe(true);
    });

    it('prints each part on the page its contents entry and its bookmark give', () => {
      const {html, pages, dests, outline} = analyse(entry);
      const labels = BOOK_LABELS[entry.locale];
      const book = parts(html);
      expect(book.length).toBeGreaterThan(10);
      const contents = pages.slice(0, 8).join('\n');
      let chapter = 0;
      for (const part of book) {
        const line = new RegExp(
          `${part.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)\\s*$`,
          'm',
        ).exec(contents);
        expect(line, `contents line of "${part.title}"`).not.toBeNull();
        const printed = Number(line?.[1]);
        expect(dests.get(part.id), `destination of ${part.id}`).toBe(printed);
        expect(outline.find((item) => item.title === part.title)?.page, `bookmark of "${part.title}"`).toBe(
          printed,
        );
        const text = flat(pages[printed - 1] ?? '');
        expect(text).toContain(part.title);
        if (html.includes(`class="part part-chapter" id="${part.id}"`)) {
          chapter += 1;
          expect(text.toLowerCase()).toContain(labels.chapter(chapter).toLowerCase());
        }
      }
      expect(book.map((p) => p.id)).toContain(SCORE_SHEET_ID);
    });

    it('prints the page each cross-reference goes to', () => {
      const {html, pages, dests} = analyse(entry);
      const targets = [...html.matchAll(/<a href="#([^"]+)" class="xref"/g)].map((m) => m[1] ?? '');
      const label = BOOK_LABELS[entry.locale].page.replace('.', '\\.');
      const printed = [...pages.join('\n').matchAll(new RegExp(`\\(${label}\\s+(\\d+)\\)`, 'g'))].map((m) =>
        Number(m[1]),
      );
      expect(targets.length).toBeGreaterThan(20);
      expect(printed).toHaveLength(targets.length);
      const wrong = targets
        .map((target, i) => ({target, printed: printed[i], actual: dests.get(target)}))
        .filter((x) => x.printed !== x.actual);
      expect(wrong).toEqual([]);
    });

    it('has an outline entry for every chapter and its sections', () => {
      const {outline, html} = analyse(entry);
      for (const part of parts(html)) {
        expect(outline.map((item) => item.title)).toContain(part.title);
      }
      const headings = [...html.matchAll(/<h2 [^>]*id="[^"]+"[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
        htmlText(m[1] ?? ''),
      );
      const missing = headings.filter((h) => !outline.some((item) => item.title === h));
      expect(missing).toEqual([]);
    });

    it('keeps Lithuanian letters intact and shows no site chrome', () => {
      const {pages, html} = analyse(entry);
      const text = flat(pages.join('\n'));
      // Every word with a Lithuanian letter in the titles and headings appears whole.
      const words = new Set(
        [...html.matchAll(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/g)]
          .flatMap((m) => htmlText(m[1] ?? '').split(/[^\p{L}]+/u))
          .filter((word) => /[ąčęėįšųūž]/i.test(word)),
      );
      if (entry.locale === 'lt') {
        expect(words.size).toBeGreaterThan(50);
      }
      const broken = [...words].filter(
        (word) => !new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text),
      );
      expect(broken).toEqual([]);
      // Site chrome would stand on a line of its own (a label, a button, a link); the same words
      // may well occur in the prose ("Šiame puslapyje paaiškinta…").
      const raw = pages.join('\n');
      const chrome = [
        'theme.common.skipToMainContent',
        'theme.TOCCollapsible.toggleButtonLabel',
        'checklist.explained',
        'assessment.evidenceField',
        'theme.docs.sidebar.collapseButtonTitle',
        'theme.docs.paginator.next',
      ].map((id) => uiString(entry.locale, id));
      // (The edition badge is the edition's label alone, which the cover and running heads print.)
      chrome.push('Skaidrumo vadovas');
      expect(chrome.flatMap((label) => chromeLines(raw, label))).toEqual([]);
      expect(text).not.toContain(uiString(entry.locale, 'assessment.evidenceField'));
    });

    it('prints every checklist item of the edition on a form, in its language', () => {
      const {pages} = analyse(entry);
      const text = canonical(pages.join('\n'));
      const {checklists} = loadEditionChecklists(SITE_DIR, entry.edition);
      const items = checklists.flatMap((c) => c.items);
      expect(items.length).toBeGreaterThan(20);
      const missing = items.filter((item) => !text.includes(canonical(item.question[entry.locale])));
      expect(missing.map((item) => item.id)).toEqual([]);
      const na = uiString(entry.locale, 'assessment.answer.na');
      expect(text.split(na).length - 1).toBeGreaterThanOrEqual(items.length);
    });

    // Only for a draft PDF (PDF_DRAFT=1); src/pdf/layout's unit test covers the marking itself.
    if (entry.edition === CURRENT_EDITION) {
      it('marks the draft on every page', () => {
        const {pages} = analyse(entry);
        const draft = BOOK_LABELS[entry.locale].draft.split(' ')[0] ?? '';
        expect(pages.filter((page) => !page.includes(draft))).toEqual([]);
      });
    }
  });
});

describe('links to the PDFs and printing from the browser', () => {
  let site: SiteUnderTest;
  let tmp: string;
  beforeAll(async () => {
    site = await openSite();
    tmp = mkdtempSync(join(tmpdir(), 'skaidrumo-print-'));
  });
  afterAll(async () => {
    await site?.close();
    rmSync(tmp, {recursive: true, force: true});
  });

  it('every PDF link in the built pages names a file of the manifest, and every file is linked', () => {
    const manifest = readManifest();
    const files = new Set(manifest.map((e) => e.file));
    const linked = new Map<string, number>();
    const stray: string[] = [];
    for (const file of builtFiles(BUILD_DIR, '.html')) {
      for (const m of readFileSync(join(BUILD_DIR, file), 'utf8').matchAll(/href="\/pdf\/([^"]+)"/g)) {
        const name = m[1] ?? '';
        linked.set(name, (linked.get(name) ?? 0) + 1);
        if (!files.has(name)) {
          stray.push(`${file} → /pdf/${name}`);
        }
      }
    }
    expect(stray).toEqual([]);
    expect(manifest.filter((e) => !linked.has(e.file)).map((e) => e.file)).toEqual([]);
  });

  it.each(LOCALES)(
    'the home page, the about page and the navbar link the %s PDF from the first HTML, with size and pages once loaded',
    async (locale) => {
      const entry = readManifest().find((e) => e.edition === RELEASED[0] && e.locale === locale);
      expect(entry).toBeDefined();
      const href = `/pdf/${entry?.file}`;
      const {page, context} = await recordedPage(site);
      try {
        for (const path of [locale === 'lt' ? '/' : '/en/', docPath(locale, RELEASED[0] ?? '', 'about')]) {
          // In the server's HTML already: the navbar does not change after loading.
          const first = await (await page.request.get(site.origin + path)).text();
          expect(first).toContain(`href="${href}"`);
          expect(/<nav[^>]*class="[^"]*navbar[\s\S]*?<\/nav>/.exec(first)?.[0]).toContain(`href="${href}"`);
          await page.goto(site.origin + path);
          // `has` matches inside each list item, so its selector names the link alone.
          const item = page
            .locator('.pdf-downloads li')
            .filter({has: page.locator(`a[href="${href}"]`)})
            .first();
          await item.waitFor();
          await expect
            .poll(async () => (await item.textContent()) ?? '', {timeout: 10_000})
            .toMatch(locale === 'lt' ? /\d+,\d\s*MB/ : /\d+\.\d\s*MB/);
          expect(await item.textContent()).toContain(String(entry?.pages));
          const nav = page.locator(`.navbar a[href="${href}"]`);
          await expect(nav.getAttribute('aria-label')).resolves.toMatch(/^PDF – /);
          const response = await page.request.get(`${site.origin}${href}`);
          expect(response.status()).toBe(200);
          expect((await response.body()).length).toBe(entry?.bytes);
        }
        await page.goto(site.origin + docPath(locale, CURRENT_EDITION, 'about'));
        await page.locator('.navbar').waitFor();
        await page.waitForTimeout(500);
        // The draft has no PDF unless the build was asked for one: nothing may link a missing file.
        const drafts = readManifest().filter((e) => e.edition === CURRENT_EDITION);
        const draft = drafts.find((e) => e.locale === locale);
        if (draft) {
          await page.locator(`.pdf-downloads a[href="/pdf/${draft.file}"]`).waitFor();
          await expect(page.locator('.pdf-downloads a').count()).resolves.toBe(1);
        } else {
          await expect(page.locator('a[href^="/pdf/"]').count()).resolves.toBe(0);
        }
      } finally {
        await context.close();
      }
    },
  );

  it('printing a chapter gives the chapter only, with its checklist as a paper form', async () => {
    const chapter = 'corruption-risk';
    const edition = RELEASED[0] ?? CURRENT_EDITION;
    const {page, context} = await recordedPage(site);
    try {
      await page.goto(site.origin + docPath('lt', edition, chapter), {waitUntil: 'networkidle'});
      await page.emulateMedia({media: 'print'});
      const hidden = await page.evaluate(() =>
        [
          '.navbar',
          '.footer',
          '.theme-doc-sidebar-container',
          '.theme-doc-toc-desktop',
          '.pagination-nav',
          '.theme-doc-breadcrumbs',
          '.checklist-screen',
        ].map((selector) => {
          const element = document.querySelector(selector);
          return [selector, element ? getComputedStyle(element).display : 'absent'];
        }),
      );
      expect(hidden.filter(([, display]) => display !== 'none' && display !== 'absent')).toEqual([]);
      const after = await page.evaluate(() => {
        const link = document.createElement('a');
        link.href = 'https://e-tar.lt/portal/lt/legalAct/TAR.1';
        link.textContent = 'TAR';
        document.querySelector('.markdown p')?.append(link);
        return getComputedStyle(link, '::after').content;
      });
      expect(after).toContain('https://e-tar.lt/portal/lt/legalAct/TAR.1');
      // The paper form as printed: visible, every item of the chapter with its four boxes. The
      // page's own text is read here; the PDF below is read for what must not be printed.
      const {checklists} = loadEditionChecklists(SITE_DIR, edition);
      const items = checklists.find((c) => c.chapter === chapter)?.items ?? [];
      expect(items.length).toBeGreaterThan(3);
      const form = page.locator('.checklist-paper');
      expect(await form.isVisible()).toBe(true);
      const formText = flat(await form.innerText());
      for (const item of items) {
        expect(formText).toContain(flat(item.question.lt));
      }
      await expect(page.locator('.checklist-paper__box').count()).resolves.toBe(items.length * 4);
      expect(formText).toMatch(/Taip\s+Iš dalies\s+Ne\s+Netaikoma/);
      const file = join(tmp, `${chapter}.pdf`);
      writeFileSync(file, await page.pdf({preferCSSPageSize: true}));
      const raw = tool('pdftotext', ['-layout', file, '-']);
      const text = flat(raw);
      // The site's variable text face prints as Type 3 glyphs, whose extracted text gets stray
      // spaces (after ū): compare letters only here.
      const letters = (s: string) => s.replace(/\s+/g, '');
      expect(letters(text)).toContain(letters('Korupcijos rizikos valdymas'));
      expect(text).toMatch(/Taip\s+Iš dalies\s+Ne\s+Netaikoma/);
      const chrome = [
        'theme.common.skipToMainContent',
        'checklist.explained',
        'theme.docs.paginator.next',
      ].map((id) => uiString('lt', id));
      chrome.push('Skaidrumo vadovas'); // the navbar title
      expect(chrome.flatMap((label) => chromeLines(raw, label))).toEqual([]);
      expect(text).not.toContain(uiString('lt', 'assessment.evidenceField'));
    } finally {
      await context.close();
    }
  });
});
