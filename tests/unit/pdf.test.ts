import {afterEach, describe, expect, it} from 'vitest';
import {
  AssemblyError,
  extractPage,
  htmlText,
  removeDivs,
  resolveLink,
  rewriteBody,
  sidebarDocIds,
} from '../../src/pdf/assemble';
import {assembleBook, partKind, type BookSource} from '../../src/pdf/book';
import {
  bookDocument,
  numberParts,
  RESOLVE_PAGE_NUMBERS,
  SCORE_SHEET_ID,
  type Book,
} from '../../src/pdf/document';
import {correctionLines} from '../../src/pdf/errata';
import {printFontCss, printFontStylesheets} from '../../src/pdf/fonts';
import {pdfDate, pdfTextString, withDocumentInfo} from '../../src/pdf/info';
import {bookCss, cssString} from '../../src/pdf/layout';
import {CURRENT_EDITION, DRAFT_EDITION_PATH, readReleasedEditions} from '../../src/editions/editions';
import {plannedPdfs} from '../../src/pdf/plan';
import {
  DRAFT_EDITION,
  DRAFT_FILE_SEGMENT,
  countPdfPages,
  findPdf,
  formatBytes,
  manifestEntries,
  pdfFileName,
} from '../../src/pdf/manifest';
import {fixtureSite, type FixtureSite} from '../support/fixture-site';

const page = (title: string, body: string, url = 'https://example.org/docs/x') =>
  `<html><head><meta data-rh="true" property="og:url" content="${url}"></head><body><article>` +
  `<div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>${body}</div></article>` +
  `<nav class="pagination-nav">Kitas</nav></body></html>`;

const context = {
  docId: 'corruption-risk',
  docsByPath: new Map([
    ['/docs/corruption-risk', 'corruption-risk'],
    ['/docs/legal-framework', 'legal-framework'],
  ]),
  siteOrigin: 'https://example.org',
};

describe('assembling a doc into the book', () => {
  it('flattens a sidebar into doc ids in reading order', () => {
    expect(
      sidebarDocIds([
        'about',
        {type: 'category', label: 'Skyriai', items: ['a', {type: 'doc', id: 'b'}]},
        {type: 'link', href: 'https://example.org'},
        {type: 'category', label: 'Priedai', items: ['glossary']},
      ]),
    ).toEqual(['about', 'a', 'b', 'glossary']);
    expect(() => sidebarDocIds('about')).toThrow(AssemblyError);
  });

  it('takes the title, the article body and the web address from a built page', () => {
    const extracted = extractPage(page('Korupcijos <em>rizika</em>', '<p>Tekstas</p>'), 'x.html');
    expect(extracted).toEqual({
      title: 'Korupcijos <em>rizika</em>',
      body: '<p>Tekstas</p>',
      webUrl: 'https://example.org/docs/x',
    });
    expect(() => extractPage('<html><body>404</body></html>', 'build/docs/x.html')).toThrow(
      /build\/docs\/x\.html: no doc article/,
    );
  });

  it('turns links to docs of the book into cross-references and others into web addresses', () => {
    expect(resolveLink('#risk-matrix', context)).toEqual({
      href: '#corruption-risk--risk-matrix',
      kind: 'xref',
    });
    expect(resolveLink('/docs/legal-framework', context)).toEqual({href: '#legal-framework', kind: 'xref'});
    expect(resolveLink('/docs/legal-framework#acts', context)).toEqual({
      href: '#legal-framework--acts',
      kind: 'xref',
    });
    expect(resolveLink('/self-assessment', context)).toEqual({
      href: 'https://example.org/self-assessment',
      kind: 'external',
    });
    expect(resolveLink('/docs/next/legal-framework', context).kind).toBe('external');
    expect(resolveLink('https://e-tar.lt/x', context)).toEqual({
      href: 'https://e-tar.lt/x',
      kind: 'external',
    });
  });

  it('drops the site marker of a link to another website: paper prints the address', () => {
    const body =
      '<p><a href="https://www.e-tar.lt/" target="_blank" rel="noopener noreferrer" class="external_fPid">TAR' +
      '<span class="marker__wJH" aria-hidden="true">↗</span><span class="sr-only"> <!-- -->(external link)</span></a>' +
      ' <a href="https://e-tar.lt/x" class="external_fPid">https://e-tar.lt/x<span class="marker__wJH" aria-hidden="true">↗</span></a></p>';
    const out = rewriteBody(body, context);
    expect(out).not.toContain('↗');
    expect(out).not.toContain('external link');
    expect(out).toContain('class="external" target="_blank" rel="noopener noreferrer">TAR</a>');
    expect(out).toContain('<a href="https://e-tar.lt/x" class="external bare">https://e-tar.lt/x</a>');
  });

  it('prefixes ids, drops permalinks and classes links', () => {
    const body =
      '<h2 class="anchor" id="risk-matrix">Matrica<a href="#risk-matrix" class="hash-link" aria-label="x">\u200b</a></h2>' +
      '<label for="q1">Q</label><div aria-labelledby="a b">' +
      '<a class="" href="/docs/legal-framework#acts">sąranga</a> ' +
      '<a href="https://data.gov.lt" target="_blank" rel="noopener">https://data.gov.lt</a> ' +
      '<a href="https://e-tar.lt">TAR</a></div>';
    const out = rewriteBody(body, context);
    expect(out).not.toContain('hash-link');
    expect(out).toContain('<h2 class="anchor" id="corruption-risk--risk-matrix">Matrica</h2>');
    expect(out).toContain('for="corruption-risk--q1"');
    expect(out).toContain('aria-labelledby="corruption-risk--a corruption-risk--b"');
    expect(out).toContain('<a href="#legal-framework--acts" class="xref">sąranga</a>');
    expect(out).toContain(
      '<a href="https://data.gov.lt" class="external bare" target="_blank" rel="noopener">https://data.gov.lt</a>',
    );
    expect(out).toContain('<a href="https://e-tar.lt" class="external">TAR</a>');
  });

  it('reads text out of HTML', () => {
    expect(htmlText('<b>A&amp;B</b>\u200b&nbsp; „c“')).toBe('A&B „c“');
  });

  it('numbers chapters and annexes and knows which is which', () => {
    const parts = numberParts(
      ['about', 'legal-framework', 'corruption-risk', 'glossary', 'legal-acts'].map((id) => ({
        id,
        kind: partKind(id),
      })),
    );
    expect(parts.map((p) => p.number)).toEqual(['', '1', '2', 'A', 'B']);
  });
});

function sampleBook(overrides: Partial<Book> = {}): Book {
  return {
    edition: '2026',
    locale: 'lt',
    draft: false,
    parts: numberParts([
      {id: 'about', kind: 'intro' as const, title: 'Apie vadovą', body: '<p>Apie</p>', webUrl: null},
      {
        id: 'corruption-risk',
        kind: 'chapter' as const,
        title: 'Korupcijos rizika',
        body: '<p>R</p>',
        webUrl: 'https://example.org/docs/corruption-risk',
      },
      {id: 'glossary', kind: 'annex' as const, title: 'Terminų žodynas', body: '<p>Ž</p>', webUrl: null},
    ]),
    scoreSheet: {
      rows: [{id: 'corruption-risk', number: '1', title: 'Korupcijos rizika', items: 6}],
      formulaHtml: '<span>S</span>',
    },
    editionUrl: 'https://example.org/docs/about',
    corrections: [],
    licence: null,
    generatedAt: new Date('2026-12-02T10:00:00Z'),
    stylesheets: ['/assets/css/styles.css'],
    pagedScript: '/__pdf/paged.js',
    bookStylesheet: '/__pdf/book.css',
    ...overrides,
  };
}

describe('the print document', () => {
  it('has cover, imprint and contents, then the parts in order with the score sheet before the annexes', () => {
    const html = bookDocument(sampleBook());
    expect(html).toContain('<html lang="lt" data-theme="light">');
    expect(html).toContain(
      '<title>Valstybės gerovės įgyvendinimo skaidrumo politikos vadovas. 2026 m. leidimas</title>',
    );
    expect(html).toContain('<meta name="keywords"');
    expect(html).toContain('2026 m. gruodžio 2 d.');
    expect(html).toContain('https://example.org/docs/about');
    expect(html).toContain('Pataisymų nėra.');
    const order = [
      'class="front cover"',
      'class="front imprint"',
      'class="front toc"',
      'id="about"',
      'id="corruption-risk"',
      `id="${SCORE_SHEET_ID}"`,
      'id="glossary"',
    ];
    const positions = order.map((marker) => html.indexOf(marker));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const toc = html.slice(
      html.indexOf('class="toc-list"'),
      html.indexOf('</ol>', html.indexOf('class="toc-list"')),
    );
    expect([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual([
      'about',
      'corruption-risk',
      SCORE_SHEET_ID,
      'glossary',
    ]);
    expect(html).toContain('<p class="part-kicker">1 skyrius</p>');
    expect(html).toContain('<p class="part-kicker">A priedas</p>');
    expect(html).not.toContain('JUODRAŠTIS');
  });

  it('lists corrections and the licence when there are any, in English too', () => {
    const html = bookDocument(
      sampleBook({
        locale: 'en',
        corrections: ['2026-05-04: Chapter 1: an order number corrected.'],
        licence: 'CC BY 4.0',
      }),
    );
    expect(html).toContain('<li>2026-05-04: Chapter 1: an order number corrected.</li>');
    expect(html).toContain('<h2 class="imprint-heading">Licence</h2><p>CC BY 4.0</p>');
    expect(html).toContain('<p class="part-kicker">Chapter 1</p>');
    expect(html).toContain('2 December 2026');
  });

  it('marks a draft on the cover and in a margin box of every page', () => {
    const book = sampleBook({edition: 'current', draft: true});
    expect(bookDocument(book)).toContain('cover-draft');
    const css = bookCss('lt', true);
    expect(css.match(/@top-left \{ content: "JUODRAŠTIS/g)).toHaveLength(2);
    expect(bookCss('lt', false)).not.toContain('JUODRAŠTIS');
  });

  it('reserves room for page numbers, fills them in after layout, and never uses leader()', () => {
    const css = bookCss('en', false);
    expect(css).toContain('.toc-link::after { content: "000";');
    expect(css).toContain('.toc-link[data-page]::after { content: attr(data-page); }');
    // "p." and the number joined by a no-break space (CSS escape \a0).
    expect(css).toContain('a.xref[data-page]::after { content: " (" "p." "\\a0 " attr(data-page) ")"; }');
    expect(css).toContain('string-set: chapter content(text)');
    expect(css).not.toContain('target-counter');
    expect(bookDocument(sampleBook())).toContain(RESOLVE_PAGE_NUMBERS);
    expect(css).not.toContain('leader(');
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
  });
});

describe('PDF manifest', () => {
  const entry = {
    edition: '2026',
    locale: 'lt',
    file: 'skaidrumo-vadovas-2026-lt.pdf',
    pages: 120,
    bytes: 2_345_678,
    sha256: 'a'.repeat(64),
  };

  it('names files by edition and language, the draft as next', () => {
    expect(pdfFileName('2026', 'lt')).toBe('skaidrumo-vadovas-2026-lt.pdf');
    expect(pdfFileName('current', 'en')).toBe('skaidrumo-vadovas-next-en.pdf');
    expect([DRAFT_EDITION, DRAFT_FILE_SEGMENT]).toEqual([CURRENT_EDITION, DRAFT_EDITION_PATH]);
  });

  it('keeps only well-formed entries', () => {
    expect(
      manifestEntries({
        files: [entry, {...entry, pages: 0}, {...entry, file: '../x.pdf'}, {...entry, locale: 'de'}, null],
      }),
    ).toEqual([entry]);
    expect(manifestEntries(null)).toEqual([]);
    expect(manifestEntries({files: 'x'})).toEqual([]);
    expect(findPdf([entry as never], '2026', 'lt')).toBe(entry);
    expect(findPdf([entry as never], '2026', 'en')).toBeUndefined();
  });

  it('writes sizes the reader’s way', () => {
    expect(formatBytes(2_345_678, 'lt')).toBe('2,3\u00a0MB');
    expect(formatBytes(2_345_678, 'en')).toBe('2.3\u00a0MB');
    expect(formatBytes(845_300, 'lt')).toBe('845\u00a0kB');
    expect(formatBytes(12, 'en')).toBe('1\u00a0kB');
  });

  it('counts the pages of a PDF', () => {
    const pdf = new TextEncoder().encode(
      '1 0 obj << /Type /Pages /Count 2 >> 2 0 obj << /Type /Page >> 3 0 obj <</Type/Page/Parent 1 0 R>>',
    );
    expect(countPdfPages(pdf)).toBe(2);
  });
});

describe('corrections since release', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  const parts = [
    {id: 'about', title: 'Apie', body: '<h2 id="about--origin">Kilmė</h2>'},
    {
      id: 'norwegian-practice',
      title: 'Norvegija',
      body: '<h2 class="anchor" id="norwegian-practice--ks">KS ir <em>B</em></h2>',
    },
  ];
  const entry = (date: string, chapter: string, section: string) => ({
    date,
    chapter,
    section,
    wrong: {lt: 'a', en: 'a'},
    now: {lt: 'b', en: 'b'},
  });

  it('lists each correction in the imprint, oldest first, with a cross-reference to its section', () => {
    const lines = correctionLines(
      [entry('2026-12-02', 'norwegian-practice', 'ks'), entry('2026-05-04', 'about', 'origin')],
      'lt',
      parts,
    );
    expect(lines).toEqual([
      '2026 m. gegužės 4 d. · Apie: <a href="#about--origin" class="xref">Kilmė</a>',
      '2026 m. gruodžio 2 d. · Norvegija: <a href="#norwegian-practice--ks" class="xref">KS ir <em>B</em></a>',
    ]);
    expect(correctionLines([entry('2026-05-04', 'about', 'origin')], 'en', parts)[0]).toMatch(
      /^4 May 2026 · /,
    );
    expect(correctionLines([], 'lt', parts)).toEqual([]);
  });

  it('fails, naming the entry, on a chapter or section the book lacks', () => {
    expect(() => correctionLines([entry('2026-05-04', 'about', 'nowhere')], 'lt', parts)).toThrow(
      'a correction of 2026-05-04 names about#nowhere, which the book (lt) lacks',
    );
    expect(() => correctionLines([entry('2026-05-04', 'gone', 'origin')], 'en', parts)).toThrow(
      /gone#origin/,
    );
  });

  it('assembles a whole book from a built site', () => {
    site = fixtureSite({
      'build/docs/about.html': page(
        'Apie',
        '<p>Žr. <a href="/docs/corruption-risk#x">rizika</a>.</p>',
        'https://example.org/docs/about',
      ),
      'build/docs/corruption-risk.html': page(
        'Rizika',
        '<h2 id="x">X</h2>',
        'https://example.org/docs/corruption-risk',
      ).replace(
        '<head>',
        '<head><link rel="stylesheet" href="/assets/css/styles.css"><link data-rh="true" rel="stylesheet" href="/katex/katex.min.css?v=1">',
      ),
    });
    const source: BookSource = {
      siteDir: site.dir,
      buildDir: `${site.dir}/build`,
      edition: '2026',
      locale: 'lt',
      released: ['2026'],
      docIds: ['about', 'corruption-risk'],
      stylesheets: ['/assets/css/styles.css'],
      pagedScript: '/p.js',
      bookStylesheet: '/b.css',
      generatedAt: new Date(0),
      licence: null,
      errata: [],
    };
    const book = assembleBook(source);
    expect(book.parts.map((p) => [p.id, p.kind, p.number])).toEqual([
      ['about', 'intro', ''],
      ['corruption-risk', 'chapter', '1'],
    ]);
    expect(book.parts[0]?.body).toContain('<a href="#corruption-risk--x" class="xref">rizika</a>');
    expect(book.parts[1]?.body).toContain('id="corruption-risk--x"');
    expect(book.editionUrl).toBe('https://example.org/docs/about');
    expect(book.scoreSheet).toBeNull();
    // KaTeX's stylesheet comes from the page with math, once; the home page's bundle is kept.
    expect(book.stylesheets).toEqual(['/assets/css/styles.css', '/katex/katex.min.css?v=1']);
    expect(() => assembleBook({...source, locale: 'en', docIds: ['about'], released: ['2026']})).toThrow(
      /en\/docs\/about\.html: the built page of "about"/,
    );
  });
});

describe('removing the interactive checklist', () => {
  it('drops the whole balanced div and keeps what follows', () => {
    expect(
      removeDivs(
        '<p>a</p><div class="checklist-screen"><div><div>x</div></div><p>y</p></div><div class="checklist-paper">form</div>',
        'checklist-screen',
      ),
    ).toBe('<p>a</p><div class="checklist-paper">form</div>');
    expect(() => removeDivs('<div class="checklist-screen"><div>', 'checklist-screen')).toThrow(
      AssemblyError,
    );
  });
});

describe('the print face', () => {
  it('keeps the Latin and Greek subsets, renames the family and loads woff2 files from the book server', () => {
    const face = (subset: string) =>
      `/* literata-${subset}-400-normal */\n@font-face {\n  font-family: 'Literata';\n  font-display: swap;\n  font-weight: 400;\n` +
      `  src: url(./files/literata-${subset}-400-normal.woff2) format('woff2'), url(./files/literata-${subset}-400-normal.woff) format('woff');\n}\n`;
    const out = printFontCss(
      face('vietnamese') + face('greek') + face('latin-ext') + face('cyrillic') + face('latin'),
      '/__pdf/fonts/',
    );
    expect(
      [
        ...out.matchAll(/files\/literata-([a-z-]+)-400/g),
        ...out.matchAll(/fonts\/literata-([a-z-]+)-400/g),
      ].map((m) => m[1]),
    ).toEqual(['latin', 'latin-ext', 'greek']);
    expect(out).toContain("font-family: 'Literata Print'");
    expect(out).toContain("src: url(/__pdf/fonts/literata-latin-ext-400-normal.woff2) format('woff2');");
    expect(out).not.toContain('.woff)');
    expect(out).toContain('font-display: block;');
    expect(printFontStylesheets()).toEqual([
      '400.css',
      '400-italic.css',
      '600.css',
      '600-italic.css',
      '700.css',
      '700-italic.css',
    ]);
  });
});

describe('PDF document information', () => {
  const minimal =
    '%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n' +
    'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n' +
    'trailer\n<</Size 3\n/Root 1 0 R\n/Info 9 0 R>>\nstartxref\n107\n%%EOF\n';

  it('writes text strings as UTF-16 and dates the PDF way', () => {
    expect(pdfTextString('Aū')).toBe('<FEFF0041016B>');
    expect(pdfDate(new Date('2026-12-02T10:05:09Z'))).toBe('(D:20261202100509Z)');
  });

  it('appends an incremental update whose trailer points at a new information dictionary', () => {
    const info = {Title: 'Vadovas', Author: 'A', Subject: 'S', Keywords: 'k', Creator: 'c'};
    const out = new TextDecoder('latin1').decode(
      withDocumentInfo(new TextEncoder().encode(minimal), info, new Date('2026-12-02T00:00:00Z')),
    );
    expect(out.startsWith(minimal)).toBe(true);
    const update = out.slice(minimal.length);
    expect(update).toMatch(/^3 0 obj\n<<\/Title <FEFF/);
    expect(update).toContain('/Root 1 0 R\n/Info 3 0 R\n/Prev 107');
    expect(update).toContain('/Size 4');
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(update)?.[1]);
    expect(out.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const objectAt = Number(/xref\n3 1\n(\d{10}) 00000 n/.exec(update)?.[1]);
    expect(out.slice(objectAt, objectAt + 7)).toBe('3 0 obj');
    expect(() => withDocumentInfo(new TextEncoder().encode('%PDF-1.4\n'), info, new Date())).toThrow(
      /trailer/,
    );
  });
});

describe('the PDFs a build plans (and the pages link before they are printed)', () => {
  const site = process.cwd();
  const released = readReleasedEditions(site);

  it('are the released editions in the language being built', () => {
    expect(released.length).toBeGreaterThan(0);
    expect(plannedPdfs(site, 'en', {production: true, env: {}})).toEqual(
      released.map((edition) => ({edition, locale: 'en', file: pdfFileName(edition, 'en')})),
    );
  });

  it('add the draft with PDF_DRAFT=1, and are none with SKIP_PDF=1, on the development server or draft-only', () => {
    expect(plannedPdfs(site, 'lt', {production: true, env: {PDF_DRAFT: '1'}}).map((p) => p.file)).toContain(
      pdfFileName(CURRENT_EDITION, 'lt'),
    );
    expect(plannedPdfs(site, 'lt', {production: true, env: {SKIP_PDF: '1'}})).toEqual([]);
    expect(plannedPdfs(site, 'lt', {production: false, env: {}})).toEqual([]);
    expect(plannedPdfs(site, 'lt', {production: true, env: {DOCS_DRAFT_ONLY: '1'}})).toEqual([]);
  });
});
