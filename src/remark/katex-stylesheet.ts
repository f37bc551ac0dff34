/**
 * Rehype plugin, run after rehype-katex: a page with a rendered formula links KaTeX's stylesheet
 * (served by the site, see src/assets/static-assets.ts) in its `<head>`; pages without math do not
 * load it at all.
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
    // MDX renders <Head> with Docusaurus's Head: in the server-rendered HTML and on client navigation.
    const head: Node = {
      type: 'mdxJsxFlowElement',
      name: 'Head',
      attributes: [],
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'link',
          attributes: [attribute('rel', 'stylesheet'), attribute('href', href)],
          children: [],
        },
      ],
    };
    tree.children = [...(tree.children ?? []), head];
  };
}
