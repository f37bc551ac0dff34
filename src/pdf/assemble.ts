/**
 * Assembling an edition into one print document: each doc's rendered article is taken from the
 * built site, its ids are made unique within the book, and its links are rewritten so that a link
 * to a page or heading in the book becomes an in-document cross-reference (which the layout prints
 * with its page number) and any other link points at the web version. Plain string work on the
 * HTML that Docusaurus wrote: no DOM, so it is unit-tested without a browser.
 */

export class AssemblyError extends Error {}

const ARTICLE_START = '<div class="theme-doc-markdown markdown">';
const ARTICLE_END = '</div></article>';

export interface ExtractedPage {
  /** The page title (the article's h1), as HTML. */
  title: string;
  /** The article body after the title, as HTML. */
  body: string;
  /** The page's public address (its og:url), or null when the page declares none. */
  webUrl: string | null;
}

/** Doc ids of a docs sidebar (a Docusaurus `SidebarsConfig` value), in reading order. */
export function sidebarDocIds(items: unknown): string[] {
  if (!Array.isArray(items)) {
    throw new AssemblyError('a sidebar must be a list of items');
  }
  const ids: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      ids.push(item);
    } else if (typeof item === 'object' && item !== null) {
      const record = item as {type?: unknown; id?: unknown; items?: unknown};
      if (record.type === 'doc' && typeof record.id === 'string') {
        ids.push(record.id);
      } else if (record.type === 'category') {
        ids.push(...sidebarDocIds(record.items));
      }
    }
  }
  return ids;
}

/** Text of an HTML fragment: tags dropped, the entities Docusaurus writes decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The article of a built doc page. `where` names the file in error messages. */
export function extractPage(html: string, where: string): ExtractedPage {
  const start = html.indexOf(ARTICLE_START);
  const end = start < 0 ? -1 : html.indexOf(ARTICLE_END, start);
  if (start < 0 || end < 0) {
    throw new AssemblyError(`${where}: no doc article (${ARTICLE_START} … ${ARTICLE_END}) in the page`);
  }
  let content = html.slice(start + ARTICLE_START.length, end);
  const header = /^<header><h1[^>]*>([\s\S]*?)<\/h1><\/header>/.exec(content);
  if (!header) {
    throw new AssemblyError(`${where}: the article does not start with its <header><h1> title`);
  }
  content = content.slice(header[0].length);
  const og = /<meta[^>]*property="og:url"[^>]*content="([^"]*)"/.exec(html);
  return {title: header[1] ?? '', body: content.trim(), webUrl: og?.[1] ?? null};
}

export interface RewriteContext {
  /** The doc being rewritten: its ids get the prefix `<docId>--`. */
  docId: string;
  /** Site path of every doc in the book (as the site links it, e.g. `/en/docs/x`) → doc id. */
  docsByPath: ReadonlyMap<string, string>;
  /** Origin of the web version, e.g. `https://example.org`, for links that leave the book. */
  siteOrigin: string;
}

/** The in-book id of a heading or element `fragment` of doc `docId` (the doc itself without one). */
export function bookAnchor(docId: string, fragment?: string): string {
  return fragment ? `${docId}--${fragment}` : docId;
}

export type LinkKind = 'xref' | 'external';

/** Where a link of the doc goes in the book: an in-document anchor, or an absolute web address. */
export function resolveLink(href: string, context: RewriteContext): {href: string; kind: LinkKind} {
  if (href.startsWith('#')) {
    return {href: `#${bookAnchor(context.docId, href.slice(1))}`, kind: 'xref'};
  }
  if (href.startsWith('/') && !href.startsWith('//')) {
    const hash = href.indexOf('#');
    const path = (hash < 0 ? href : href.slice(0, hash)).replace(/\/$/, '') || '/';
    const fragment = hash < 0 ? undefined : href.slice(hash + 1);
    const target = context.docsByPath.get(path);
    if (target) {
      return {href: `#${bookAnchor(target, fragment || undefined)}`, kind: 'xref'};
    }
    return {href: `${context.siteOrigin}${href}`, kind: 'external'};
  }
  return {href, kind: 'external'};
}

/** DocLink's "↗" and its screen-reader words "(external link)". */
const EXTERNAL_MARKER =
  /<span class="marker[^"]*" aria-hidden="true">[^<]*<\/span>(<span class="sr-only">[\s\S]*?<\/span>)?/g;

const ID_ATTRIBUTES = /\s(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g;

/**
 * Removes every `<div class="<className>">` with its content (the interactive checklist, which
 * paper replaces with its form). Docusaurus writes balanced markup, so counting divs is enough.
 */
export function removeDivs(html: string, className: string): string {
  const open = `<div class="${className}">`;
  let out = html;
  for (let start = out.indexOf(open); start >= 0; start = out.indexOf(open, start)) {
    const tags = /<div\b[^>]*>|<\/div>/g;
    tags.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let match = tags.exec(out); match; match = tags.exec(out)) {
      depth += match[0] === '</div>' ? -1 : 1;
      if (depth === 0) {
        end = match.index + match[0].length;
        break;
      }
    }
    if (end < 0) {
      throw new AssemblyError(`unbalanced <div class="${className}"> in a page`);
    }
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/**
 * Makes a doc's HTML fit into the book: the interactive checklist and permalink markers dropped, ids prefixed, links
 * rewritten. Cross-references get class `xref` (the layout prints their page number), links out of
 * the book class `external` (and `bare` when their text is their address, so it is not printed twice).
 */
export function rewriteBody(body: string, context: RewriteContext): string {
  const withoutPermalinks = removeDivs(body, 'checklist-screen').replace(
    /<a [^>]*class="hash-link"[^>]*>[\s\S]*?<\/a>/g,
    '',
  );
  const prefixed = withoutPermalinks.replace(
    ID_ATTRIBUTES,
    (_all, name: string, value: string) =>
      ` ${name}="${value
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => bookAnchor(context.docId, id))
        .join(' ')}"`,
  );
  return prefixed.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (all, attributes: string, inner: string) => {
    const href = /\shref="([^"]*)"/.exec(attributes)?.[1];
    if (href === undefined) {
      return all;
    }
    const link = resolveLink(href, context);
    // The site's marker after a link to another website (src/components/DocLink): paper prints the
    // address instead, and the arrow is in none of the book's fonts.
    const text = inner.replace(EXTERNAL_MARKER, '');
    const bare = link.kind === 'external' && htmlText(text) === htmlText(link.href);
    const rest = attributes.replace(/\s(href|class)="[^"]*"/g, '');
    const className = bare ? 'external bare' : link.kind;
    return `<a href="${link.href}" class="${className}"${rest}>${text}</a>`;
  });
}
