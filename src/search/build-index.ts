/**
 * Building one search index (an edition in one language) from its pages' sections. The output is
 * plain JSON: the sections themselves (for result titles and snippets) and a serialized lunr index
 * whose terms are our analyzer's keys, so the browser needs no pipeline of its own to read it.
 */
import lunr from 'lunr';
import {analyze, type SearchLocale} from './analyze';
import type {PageSection} from './sections';

export const INDEX_FORMAT = 1;

/** Field weights: a heading says what a section is about more than any sentence in it. */
export const FIELD_BOOSTS = {heading: 6, title: 3, parent: 2, body: 1} as const;

export interface IndexedPage {
  doc: string;
  title: string;
  /** Site path of the page, with the locale's base, e.g. `/en/docs/about`. */
  path: string;
  sections: PageSection[];
}

/** A section as stored: `[page, kind, anchor, heading, text]`, page being an index into `pages`. */
export type StoredSection = [number, 'p' | 's' | 'i', string, string, string];

export interface SerializedSearchIndex {
  format: typeof INDEX_FORMAT;
  locale: SearchLocale;
  edition: string;
  pages: Array<{doc: string; title: string; path: string}>;
  sections: StoredSection[];
  lunr: object;
}

const KIND_CODE = {page: 'p', section: 's', item: 'i'} as const;

/** lunr's own tokenizer splits on hyphens; our fields are already keys separated by spaces. */
function keysTokenizer(value: unknown): lunr.Token[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .split(' ')
    .filter((key) => key.length > 0)
    .map((key) => new lunr.Token(key, {}));
}

export function buildSearchIndex(
  pages: readonly IndexedPage[],
  locale: SearchLocale,
  edition: string,
): SerializedSearchIndex {
  const sections: StoredSection[] = [];
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    (this as unknown as {tokenizer: typeof keysTokenizer}).tokenizer = keysTokenizer;
    this.ref('ref');
    this.field('heading', {boost: FIELD_BOOSTS.heading});
    this.field('title', {boost: FIELD_BOOSTS.title});
    this.field('parent', {boost: FIELD_BOOSTS.parent});
    this.field('body', {boost: FIELD_BOOSTS.body});
    pages.forEach((page, pageIndex) => {
      for (const section of page.sections) {
        const ref = String(sections.length);
        sections.push([pageIndex, KIND_CODE[section.kind], section.anchor, section.heading, section.text]);
        this.add({
          ref,
          // The page title names the page's top; on other sections it is context only.
          title: analyze(section.kind === 'page' ? page.title : '', locale).join(' '),
          heading: analyze(section.heading, locale).join(' '),
          parent: analyze(section.kind === 'page' ? '' : `${section.parent} ${page.title}`, locale).join(' '),
          body: analyze(section.text, locale).join(' '),
        });
      }
    });
  });
  return {
    format: INDEX_FORMAT,
    locale,
    edition,
    pages: pages.map(({doc, title, path}) => ({doc, title, path})),
    sections,
    lunr: index.toJSON(),
  };
}
