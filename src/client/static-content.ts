/**
 * A doc's content served as HTML and not hydrated (src/theme/DocItem/Content): when it may stay
 * static, and which clicks on its links the router takes over. Plain logic: the document, the
 * route table and the path matcher are passed in.
 */

/**
 * Anything in a doc's content that needs its component's code: a control, an island (src/components/
 * Island), or an element marked `data-live` by a component that works through effects.
 */
export const LIVE_CONTENT =
  'button, input, select, textarea, details, iframe, video, audio, [data-island], [data-live]';

/** The served content of the doc, when it has nothing live in it; null otherwise. */
export function staticContent(root: ParentNode, selector: string): Element | null {
  const content = root.querySelector(selector);
  return content !== null && content.querySelector(LIVE_CONTENT) === null ? content : null;
}

export interface RouteEntry {
  path?: string | string[];
  exact?: boolean;
  routes?: RouteEntry[];
}

type MatchPath = (pathname: string, props: {path?: string | string[]; exact?: boolean}) => unknown;

/** Whether the site's router has a page at `pathname` (an exact route, the catch-all not counted). */
export function hasRoute(routes: readonly RouteEntry[], pathname: string, matchPath: MatchPath): boolean {
  for (const route of routes) {
    if (
      route.path === undefined ||
      route.path === '*' ||
      !matchPath(pathname, {path: route.path, exact: route.exact})
    ) {
      continue;
    }
    if (route.exact) {
      return true;
    }
    if (route.routes && hasRoute(route.routes, pathname, matchPath)) {
      return true;
    }
  }
  return false;
}

export interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * Where the router should take a click on a link, as Docusaurus's own links do: a plain click on a
 * link to a page of this site (same origin, no target, not a download, not only a fragment of this
 * page). Null: the browser handles it.
 */
export function routerTarget(
  link: {href: string; target: string; hasAttribute(name: string): boolean},
  click: LinkClick,
  here: {origin: string; pathname: string; search: string},
  isPage: (pathname: string) => boolean,
): string | null {
  if (
    click.defaultPrevented ||
    click.button !== 0 ||
    click.metaKey ||
    click.ctrlKey ||
    click.shiftKey ||
    click.altKey ||
    (link.target !== '' && link.target !== '_self') ||
    link.hasAttribute('download')
  ) {
    return null;
  }
  const url = new URL(link.href, here.origin + here.pathname);
  if (url.origin !== here.origin) {
    return null;
  }
  if (url.pathname === here.pathname && url.search === here.search && url.hash !== '') {
    return null;
  }
  return isPage(url.pathname) ? url.pathname + url.search + url.hash : null;
}
