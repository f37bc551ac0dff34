/**
 * Gathers one edition in one language from the built site into a `Book`: the docs in sidebar
 * order, each doc's article rewritten for the book, the score sheet rows from the edition's
 * checklists, the corrections and the edition's web address.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import katex from 'katex';
import {isScored, type Locale} from '../assessment/checklist';
import {ANNEXES, INTRODUCTION} from '../book/outline';
import {loadEditionChecklists} from '../content/checklists';
import {CURRENT_EDITION, editionBasePath} from '../editions/editions';
import {AssemblyError, extractPage, rewriteBody, sidebarDocIds} from './assemble';
import {numberParts, type Book, type BookPart, type PartKind} from './document';
import type {ErrataEntry} from '../content/errata';
import {correctionLines} from './errata';

/** The `monitoring-and-improvement` chapter's score, as KaTeX source. */
export const SCORE_FORMULA = 'S = \\frac{\\sum_{i \\in A} w_i v_i}{\\sum_{i \\in A} w_i}';

export function localePrefix(locale: Locale): string {
  return locale === 'lt' ? '' : `/${locale}`;
}

/** Doc ids of an edition in sidebar order (a released edition's snapshot, or the draft's sidebars.ts). */
export function editionDocIds(siteDir: string, edition: string, draftSidebar: () => unknown): string[] {
  if (edition === CURRENT_EDITION) {
    return sidebarDocIds(draftSidebar());
  }
  const file = join(siteDir, 'versioned_sidebars', `version-${edition}-sidebars.json`);
  if (!existsSync(file)) {
    throw new AssemblyError(`${file}: the sidebar of edition ${edition} is missing`);
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {book?: unknown};
  return sidebarDocIds(parsed.book);
}

export function partKind(docId: string): PartKind {
  if ((INTRODUCTION as readonly string[]).includes(docId)) {
    return 'intro';
  }
  return (ANNEXES as readonly string[]).includes(docId) ? 'annex' : 'chapter';
}

export interface BookSource {
  siteDir: string;
  buildDir: string;
  edition: string;
  locale: Locale;
  /** Released editions in this build, newest first. */
  released: readonly string[];
  docIds: readonly string[];
  stylesheets: string[];
  pagedScript: string;
  bookStylesheet: string;
  generatedAt: Date;
  licence: string | null;
  /** The edition's corrections since release (`loadErrata`; none for the draft). */
  errata: readonly ErrataEntry[];
}

/**
 * The stylesheets a built page links, in order: the site's bundle, and on a page with math
 * KaTeX's stylesheet (src/remark/katex-stylesheet.ts).
 */
export function pageStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .map((tag) => /\shref="([^"]+)"/.exec(tag)?.[1] ?? '')
    .filter((href) => href !== '');
}

export function assembleBook(source: BookSource): Book {
  const {buildDir, edition, locale, released} = source;
  const base = `${localePrefix(locale)}${editionBasePath(edition, released)}`;
  const docsByPath = new Map(source.docIds.map((id) => [`${base}${id}`, id]));
  const pages = source.docIds.map((id) => {
    const file = join(buildDir, `${base}${id}.html`);
    if (!existsSync(file)) {
      throw new AssemblyError(
        `${file}: the built page of "${id}" (edition ${edition}, ${locale}) is missing`,
      );
    }
    const html = readFileSync(file, 'utf8');
    return {id, stylesheets: pageStylesheets(html), ...extractPage(html, file)};
  });
  const first = pages[0];
  if (!first) {
    throw new AssemblyError(`edition ${edition} (${locale}) has no docs`);
  }
  const siteOrigin = first.webUrl ? new URL(first.webUrl).origin : '';
  const parts: BookPart[] = numberParts(
    pages.map((page) => ({
      id: page.id,
      kind: partKind(page.id),
      title: page.title,
      body: rewriteBody(page.body, {docId: page.id, docsByPath, siteOrigin}),
      webUrl: page.webUrl,
    })),
  );
  const {checklists, problems} = loadEditionChecklists(source.siteDir, edition);
  if (problems.length > 0) {
    throw new AssemblyError(`invalid checklists in edition ${edition}:\n${problems.join('\n')}`);
  }
  const rows = parts.flatMap((part) => {
    const checklist = checklists.find((c) => c.chapter === part.id);
    return checklist
      ? [
          {
            id: part.id,
            number: part.number,
            title: part.title,
            items: checklist.items.filter(isScored).length,
          },
        ]
      : [];
  });
  return {
    edition,
    locale,
    draft: edition === CURRENT_EDITION,
    parts,
    scoreSheet:
      rows.length === 0
        ? null
        : {rows, formulaHtml: katex.renderToString(SCORE_FORMULA, {displayMode: true, output: 'html'})},
    editionUrl: `${siteOrigin}${base}${source.docIds[0]}`,
    corrections: correctionLines(source.errata, locale, parts),
    licence: source.licence,
    generatedAt: source.generatedAt,
    // Every stylesheet any of the book's pages links (KaTeX's only on pages with math).
    stylesheets: [...new Set([...source.stylesheets, ...pages.flatMap((page) => page.stylesheets)])],
    pagedScript: source.pagedScript,
    bookStylesheet: source.bookStylesheet,
  };
}
