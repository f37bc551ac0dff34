/**
 * Rehype plugin, run after rehype-katex: a page with a rendered formula links KaTeX's stylesheet
 * (served by the site, see src/assets/static-assets.ts) at the start of its content, before the first
 * formula; pages without math do not load it at all.
 *
 * A plain `<link>` in the content rather than one in `<head>` through Docusaurus's `<Head>`: the
 * head manager took the server-rendered link out on hydration and put a new one in, so the browser
 * fetched the stylesheet and KaTeX's fonts a second time and restyled and laid out the whole page
 * again. React hydrates a link in the content as it is, and on a client-side navigation it comes and
 * goes with the page's content. (A stylesheet link in the body is allowed and blocks the rendering
 * of what follows it only, so formulas are never shown unstyled.)
 */
import {KATEX_STYLESHEET} from '../assets/static-assets';

interface Options {
  /** The site's baseUrl: the stylesheet is served once, below the default locale's root. */
  baseUrl: string;
  /** Appended as `?v=` so that a new KaTeX version is not taken from a stale cache. */
  version: string;
}

export interface Node {
  type: string;
  name?: string;
  attributes?: {type: string; name: string; value: string}[];
  tagName?: string;
  properties?: {className?: unknown};
  children?: Node[];
}

export function hasMath(node: Node): boolean {
  const className = node.properties?.className;
  if (node.type === 'element' && Array.isArray(className) && className.includes('katex')) {
    return true;
  }
  return node.children?.some(hasMath) ?? false;
}

export function stylesheetHref({baseUrl, version}: Options): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${KATEX_STYLESHEET}?v=${encodeURIComponent(version)}`;
}

function attribute(name: string, value: string): {type: string; name: string; value: string} {
  return {type: 'mdxJsxAttribute', name, value};
}

export default function rehypeKatexStylesheet(options: Options) {
  const href = stylesheetHref(options);
  return (tree: Node): void => {
    if (!hasMath(tree)) {
      return;
    }
    const link: Node = {
      type: 'mdxJsxFlowElement',
      name: 'link',
      attributes: [attribute('rel', 'stylesheet'), attribute('href', href)],
      children: [],
    };
    tree.children = [link, ...(tree.children ?? [])];
  };
}
