/**
 * The whole print document of one edition in one language: cover, imprint, contents, the docs in
 * book order, the score sheet after the last chapter, then the annexes. Its layout (page size,
 * running heads, page numbers, cross-reference page numbers) is `bookCss` in ./layout, served
 * beside it and applied by Paged.js in Chromium; the site's own stylesheet styles the content.
 */
import type {Locale} from '../assessment/checklist';
import {escapeHtml} from './assemble';
import type {DocumentInfo} from './info';
import {BOOK_LABELS} from './labels';

export type PartKind = 'intro' | 'chapter' | 'annex';

export interface BookPart {
  id: string;
  kind: PartKind;
  /** "4" for a chapter, "A" for an annex, empty for the introduction. */
  number: string;
  /** HTML */
  title: string;
  /** HTML, already rewritten for the book (see ./assemble). */
  body: string;
  webUrl: string | null;
}

export interface ScoreSheetRow {
  /** The chapter's part id, for a cross-reference. */
  id: string;
  number: string;
  /** HTML */
  title: string;
  items: number;
}

export interface Book {
  edition: string;
  locale: Locale;
  draft: boolean;
  parts: BookPart[];
  scoreSheet: {rows: ScoreSheetRow[]; formulaHtml: string} | null;
  /** Published address of the edition in this language. */
  editionUrl: string;
  /** HTML, one line per correction (see ./errata). */
  corrections: string[];
  licence: string | null;
  generatedAt: Date;
  /** Stylesheets of the built site (text face, KaTeX, figures), absolute paths on the server. */
  stylesheets: string[];
  /** Where the page loads Paged.js from. */
  pagedScript: string;
  /** Where the page loads `bookCss` from (Paged.js processes this stylesheet alone). */
  bookStylesheet: string;
}

export const SCORE_SHEET_ID = 'score-sheet';

/**
 * Runs in the page once Paged.js has laid out the pages: every contents entry and cross-reference
 * gets `data-page`, the number of the page that holds its target (see ./layout).
 */
export const RESOLVE_PAGE_NUMBERS =
  "document.querySelectorAll('a.xref, a.toc-link').forEach(function (link) {" +
  ' var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));' +
  " var page = target && target.closest('.pagedjs_page');" +
  " if (page) { link.setAttribute('data-page', page.getAttribute('data-page-number')); }" +
  ' });';

/** Numbers chapters 1, 2, … and annexes A, B, … in book order; the introduction stays unnumbered. */
export function numberParts<T extends {kind: PartKind}>(parts: readonly T[]): (T & {number: string})[] {
  let chapter = 0;
  let annex = 0;
  return parts.map((part) => {
    if (part.kind === 'chapter') {
      chapter += 1;
      return {...part, number: String(chapter)};
    }
    if (part.kind === 'annex') {
      annex += 1;
      return {...part, number: String.fromCharCode(64 + annex)};
    }
    return {...part, number: ''};
  });
}

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'lt' ? 'lt-LT' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

function kicker(part: BookPart, locale: Locale): string {
  const labels = BOOK_LABELS[locale];
  if (part.kind === 'chapter') {
    return labels.chapter(Number(part.number));
  }
  if (part.kind === 'annex') {
    return labels.annex(part.number);
  }
  return '';
}

function tocEntry(id: string, number: string, title: string): string {
  return (
    `<li><a href="#${id}" class="toc-link"><span class="toc-number">${escapeHtml(number)}</span>` +
    `<span class="toc-title">${title}</span><span class="toc-fill"></span></a></li>`
  );
}

function partHtml(part: BookPart, book: Book): string {
  const label = kicker(part, book.locale);
  const web = part.webUrl
    ? `<p class="part-web"><a class="external bare" href="${escapeHtml(part.webUrl)}">${escapeHtml(part.webUrl)}</a></p>`
    : '';
  return (
    `<section class="part part-${part.kind}" id="${part.id}" data-doc="${part.id}">` +
    (label ? `<p class="part-kicker">${escapeHtml(label)}</p>` : '') +
    `<h1 class="part-title">${part.title}</h1>${web}` +
    `<div class="markdown">${part.body}</div></section>`
  );
}

function scoreSheetHtml(book: Book): string {
  if (!book.scoreSheet) {
    return '';
  }
  const labels = BOOK_LABELS[book.locale];
  const [chapter, items, sum, weights, score] = labels.scoreColumns;
  const rows = book.scoreSheet.rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.number)}. <a href="#${row.id}" class="xref">${row.title}</a></td>` +
        `<td class="num">${row.items}</td><td></td><td></td><td></td></tr>`,
    )
    .join('');
  const bands = labels.bandRange
    .map(([range, band]) => `<tr><td class="num">${escapeHtml(range)}</td><td>${escapeHtml(band)}</td></tr>`)
    .join('');
  return (
    `<section class="part part-sheet" id="${SCORE_SHEET_ID}">` +
    `<h1 class="part-title">${escapeHtml(labels.scoreSheet)}</h1><div class="markdown">` +
    `<div class="sheet-formula">${book.scoreSheet.formulaHtml}</div>` +
    `<p>${escapeHtml(labels.scoreSheetIntro)}</p>` +
    `<p class="checklist-paper__fill"><span>${escapeHtml(labels.sheetInstitution)}</span><span>${escapeHtml(labels.sheetDate)}</span></p>` +
    `<table class="score-sheet"><thead><tr><th>${chapter}</th><th>${items}</th><th>${sum}</th><th>${weights}</th><th>${score}</th></tr></thead>` +
    `<tbody>${rows}</tbody><tfoot><tr><th>${escapeHtml(labels.total)}</th><td></td><td></td><td></td><td></td></tr></tfoot></table>` +
    `<h2>${escapeHtml(labels.bands)}</h2><table class="score-bands"><tbody>${bands}</tbody></table>` +
    `</div></section>`
  );
}

/** The PDF's document information: title, author, subject and keywords in the book's language. */
export function documentInfo(book: Book): DocumentInfo {
  const labels = BOOK_LABELS[book.locale];
  return {
    Title: `${labels.title}. ${labels.edition(book.edition)}`,
    Author: labels.author,
    Subject: labels.subject,
    Keywords: labels.keywords,
    Creator: 'Skaidrumo vadovas (Paged.js, Chromium)',
  };
}

/** The complete HTML document that Chromium lays out and prints. */
export function bookDocument(book: Book): string {
  const labels = BOOK_LABELS[book.locale];
  const edition = labels.edition(book.edition);
  const title = documentInfo(book).Title;
  const firstAnnex = book.parts.findIndex((part) => part.kind === 'annex');
  const sheetAt = firstAnnex < 0 ? book.parts.length : firstAnnex;
  const toc = book.parts.map((part) => tocEntry(part.id, part.number, part.title));
  const body = book.parts.map((part) => partHtml(part, book));
  if (book.scoreSheet) {
    toc.splice(sheetAt, 0, tocEntry(SCORE_SHEET_ID, '', escapeHtml(labels.scoreSheet)));
    body.splice(sheetAt, 0, scoreSheetHtml(book));
  }
  const corrections =
    book.corrections.length === 0
      ? `<p>${escapeHtml(labels.noCorrections)}</p>`
      : `<ul>${book.corrections.map((c) => `<li>${c}</li>`).join('')}</ul>`;
  const licence = book.licence
    ? `<h2 class="imprint-heading">${escapeHtml(labels.licence)}</h2><p>${escapeHtml(book.licence)}</p>`
    : '';
  const generated = formatDate(book.generatedAt, book.locale);
  return `<!doctype html>
<html lang="${book.locale}" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="author" content="${escapeHtml(labels.author)}">
<meta name="description" content="${escapeHtml(labels.subject)}">
<meta name="subject" content="${escapeHtml(labels.subject)}">
<meta name="keywords" content="${escapeHtml(labels.keywords)}">
<meta name="generator" content="Skaidrumo vadovas (Paged.js, Chromium)">
${book.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<script>window.PagedConfig = {auto: true, stylesheets: [${JSON.stringify(book.bookStylesheet)}], after: function (flow) { ${RESOLVE_PAGE_NUMBERS} window.__bookPages = flow.total; }};</script>
<script src="${escapeHtml(book.pagedScript)}"></script>
</head>
<body class="book${book.draft ? ' book-draft' : ''}">
<section class="front cover">
<p class="cover-title">${escapeHtml(labels.title)}</p>
<p class="cover-edition">${escapeHtml(edition)}</p>
<p class="cover-language">${escapeHtml(labels.language)}</p>
${book.draft ? `<p class="cover-draft">${escapeHtml(labels.draft)}</p>` : ''}
<p class="cover-origin">${escapeHtml(labels.origin)}<br>${escapeHtml(labels.funding)}</p>
<p class="cover-date">${escapeHtml(labels.generated)}: ${escapeHtml(generated)}</p>
</section>
<section class="front imprint">
<h1 class="imprint-title">${escapeHtml(labels.imprint)}</h1>
<p>${escapeHtml(labels.title)}. ${escapeHtml(edition)}. ${escapeHtml(labels.generated)}: ${escapeHtml(generated.replace(/\.$/, ''))}.</p>
<h2 class="imprint-heading">${escapeHtml(labels.howToCite)}</h2>
<p class="imprint-citation">${escapeHtml(labels.citation(edition))} ${escapeHtml(book.editionUrl)}</p>
<h2 class="imprint-heading">${escapeHtml(labels.webAddress)}</h2>
<p><a class="external bare" href="${escapeHtml(book.editionUrl)}">${escapeHtml(book.editionUrl)}</a></p>
${licence}
<h2 class="imprint-heading">${escapeHtml(labels.corrections)}</h2>
${corrections}
<p class="imprint-origin">${escapeHtml(labels.origin)} ${escapeHtml(labels.funding)}</p>
</section>
<nav class="front toc" aria-labelledby="toc-title">
<h1 id="toc-title" class="toc-heading">${escapeHtml(labels.contents)}</h1>
<ol class="toc-list">${toc.join('')}</ol>
</nav>
${body.join('\n')}
</body>
</html>
`;
}
