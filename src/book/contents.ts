/**
 * The table of contents the home page shows: the book's parts, each doc's title and its
 * second-level sections (title and explicit id), read from one edition's MDX sources in one
 * language. Pure: the caller reads the files (src/plugins/contents).
 */
import {extractHeadings, frontMatterTitle} from '../content/headings';
import {BOOK_PARTS, type BookDocId, type BookPartKey} from './outline';

export interface ContentsSection {
  id: string;
  title: string;
}

export interface ContentsDoc {
  id: BookDocId;
  title: string;
  sections: ContentsSection[];
}

export interface ContentsPart {
  key: BookPartKey;
  docs: ContentsDoc[];
}

/** Contents of every edition the site builds, by edition name, in the language being built. */
export interface BookContentsData {
  editions: Record<string, ContentsPart[]>;
}

/** Heading text as a reader sees it: inline markdown (emphasis, code, links) removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The parts of the book with the docs an edition has (a part without any is left out), each doc
 * with its title (front matter, else the id) and its `##` sections that have an explicit id.
 * `read` returns a doc's source, or null when the edition lacks the doc.
 */
export function bookContents(read: (id: BookDocId) => string | null): ContentsPart[] {
  const parts: ContentsPart[] = [];
  for (const part of BOOK_PARTS) {
    const docs: ContentsDoc[] = [];
    for (const id of part.ids) {
      const source = read(id);
      if (source === null) {
        continue;
      }
      const sections = extractHeadings(source)
        .filter((h) => h.level === 2 && h.id !== null)
        .map((h) => ({id: h.id ?? '', title: plainText(h.text)}));
      docs.push({id, title: plainText(frontMatterTitle(source) ?? id), sections});
    }
    if (docs.length > 0) {
      parts.push({key: part.key, docs});
    }
  }
  return parts;
}
