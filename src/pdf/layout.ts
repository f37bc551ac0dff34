/**
 * The book's page layout, as CSS for Paged.js: A4 with print margins, the chapter title as the
 * running head, page numbers, the contents' page numbers and every cross-reference's page number,
 * light colours only, and on a draft edition a draft line on every page. Paged.js 0.4.3 has no
 * `leader()`; the contents use a dotted filler instead. Nor is its `target-counter` used: it
 * restyles the whole book once per link (minutes for this book). The layout reserves three
 * tabular digits for each number instead, and `RESOLVE_PAGE_NUMBERS` (./document) fills in the
 * target's page once the pages are laid out; a shorter number can only shorten a line. "p." and
 * its number are joined by a no-break space.
 *
 * Two workarounds for Chromium's PDF output: standard ligatures are off, because Literata's "Th"
 * ligature has no Unicode form and its text comes out as "T" (the f-ligatures would be fine); and
 * headings keep their spaces (`pre-wrap`), because a bookmark's title is taken from the laid-out
 * lines and lost the space where a heading wrapped ("gerovės paslaugas" → "gerovėspaslaugas").
 */
import type {Locale} from '../assessment/checklist';
import {BOOK_LABELS} from './labels';

/** A CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

export function bookCss(locale: Locale, draft: boolean): string {
  const labels = BOOK_LABELS[locale];
  const draftBox = draft
    ? `@top-left { content: ${cssString(labels.draft)}; font-size: 7.5pt; font-weight: 700; color: #8a1c1c; }`
    : '';
  return `
@page {
  size: A4;
  margin: 20mm 18mm 20mm 20mm;
  @top-right { content: string(chapter); font-size: 8pt; font-style: italic; color: #333; }
  @bottom-right { content: counter(page); font-size: 9pt; }
  ${draftBox}
}
@page front {
  @top-right { content: none; }
  @bottom-right { content: none; }
  ${draftBox}
}
:root {
  --ifm-font-size-base: 10pt;
  --ifm-line-height-base: 1.45;
  --ifm-background-color: #fff;
  --ifm-font-color-base: #000;
  color-scheme: light;
}
html, body { background: #fff; color: #000; }
body.book { margin: 0; font-family: var(--ifm-font-family-base); font-size: 10pt; line-height: 1.45; font-variant-ligatures: no-common-ligatures; }
.book h1, .book h2, .book h3, .book h4 { white-space: pre-wrap; }
.book .markdown { max-width: none; }
.book .markdown p, .book .markdown li { hyphens: auto; orphans: 2; widows: 2; }
.book .markdown > h2, .book .markdown h2 { font-size: 14pt; margin: 14pt 0 6pt; break-after: avoid; }
.book .markdown h3 { font-size: 11.5pt; margin: 11pt 0 5pt; break-after: avoid; }
.book .markdown h4 { font-size: 10.5pt; break-after: avoid; }
.book a { color: inherit; text-decoration: none; }
.book a.xref { text-decoration: underline; text-decoration-thickness: 0.5pt; }
.book a.xref::after { content: " (" ${cssString(labels.page)} "\\a0 000)"; font-variant-numeric: tabular-nums; }
.book a.xref[data-page]::after { content: " (" ${cssString(labels.page)} "\\a0 " attr(data-page) ")"; }
.book a.external:not(.bare)::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
.book a.external.bare { overflow-wrap: anywhere; }

.front { page: front; break-after: page; }
.cover { display: flex; flex-direction: column; height: 245mm; }
.cover-title { font-size: 26pt; font-weight: 700; line-height: 1.2; margin: 40mm 0 8mm; }
.cover-edition { font-size: 16pt; margin: 0 0 2mm; }
.cover-language { font-size: 12pt; margin: 0; }
.cover-draft { font-size: 14pt; font-weight: 700; color: #8a1c1c; margin-top: 10mm; }
.cover-origin { margin-top: auto; font-size: 9pt; }
.cover-date { font-size: 9pt; margin: 0; }
.imprint { font-size: 9pt; }
.imprint-title { font-size: 13pt; margin: 0 0 8pt; }
.imprint-heading { font-size: 10pt; margin: 10pt 0 2pt; }
.imprint p { margin: 0 0 4pt; }
.imprint-origin { margin-top: 14pt !important; }
.toc-heading { font-size: 20pt; margin: 0 0 12pt; }
.toc-list { list-style: none; padding: 0; margin: 0; }
.toc-list li { margin: 0 0 4pt; }
.toc-link { display: flex; align-items: baseline; gap: 4pt; }
.toc-number { flex: 0 0 2.2em; }
.toc-title { flex: 0 1 auto; }
.toc-fill { flex: 1 1 auto; border-bottom: 1px dotted #555; min-width: 1.5em; }
.toc-link::after { content: "000"; flex: 0 0 auto; min-width: 1.6em; text-align: right; font-variant-numeric: tabular-nums; }
.toc-link[data-page]::after { content: attr(data-page); }

.part { break-before: page; }
.part-kicker { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.08em; margin: 0 0 3pt; color: #333; }
.part-title { font-size: 21pt; line-height: 1.2; margin: 0 0 4pt; string-set: chapter content(text); break-after: avoid; }
.part-web { font-size: 8pt; color: #333; margin: 0 0 14pt; }

.book table { display: table; width: 100%; border-collapse: collapse; font-size: 8.8pt; line-height: 1.3; overflow: visible; }
.book table th, .book table td { padding: 3pt 5pt; border: 0.5pt solid #777; overflow-wrap: break-word; hyphens: auto; }
.book table a.bare, .book table code { overflow-wrap: anywhere; }
.book table thead { display: table-header-group; }
.book tr, .book figure, .book .admonition, .book .katex-display, .book pre { break-inside: avoid; }
.book .admonition { border: 0.75pt solid #777; background: #fff !important; box-shadow: none; }
.book .katex-display { overflow: visible; }
.book pre, .book code { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; }
.book img, .book svg { max-width: 100%; }
.book .checklist-paper { hyphens: manual; }
.book .checklist-paper p, .book .checklist-paper li { hyphens: manual; }
.book .score-sheet td { height: 16pt; }
.book .score-sheet th:nth-child(n + 2) { width: 12%; }
.book .score-sheet td.num, .book .score-bands td.num { white-space: nowrap; }
.book .sheet-formula { font-size: 12pt; margin: 6pt 0 10pt; }
`;
}
