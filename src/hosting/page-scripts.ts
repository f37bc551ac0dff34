/**
 * Each page names, in its HTML, the script chunks its route needs, so that they are requested with
 * the entry scripts (src/hosting/after-first-paint.ts) instead of by webpack once `main.js` runs.
 *
 * Docusaurus writes only the two entry scripts into a page (its server render reports the route's
 * modules by path, and the client manifest knows them by chunk name, so it finds none of them). The
 * browser entry then matches the URL against the route table and has webpack add one `<script>` per
 * chunk (9 on a chapter) in one task, before hydration can start: a task of 20–40 ms on this
 * project's test machine, four times that on a phone, counted as blocking time. Named in the page,
 * the chunks are requested at once, run in tasks of their own as they arrive, and webpack finds
 * them already there.
 *
 * Plain logic: the generated route table, the route chunk names and the client manifest are read
 * by the caller (src/plugins/lean-client), as is the path matcher (react-router's `matchPath`).
 */

/** A route of the generated table (`.docusaurus/routes.js`): its key is `<path>-<hash>`. */
export interface RouteNode {
  path?: string;
  exact?: boolean;
  key: string;
  routes?: RouteNode[];
}

type MatchPath = (pathname: string, props: {path?: string; exact?: boolean}) => unknown;

/** The client manifest written by Docusaurus (`client-manifest.json`): the parts read here. */
export interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, number[]>;
  assets: Record<string, {js?: {publicPath: string}[]}>;
}

/**
 * The route table from the text of Docusaurus's generated `routes.js`: its array literal, evaluated
 * with `ComponentCreator(path, hash)` standing for the route's key. Throws, naming what it expected,
 * when the module does not have that shape.
 */
export function routeTable(source: string): RouteNode[] {
  const start = source.indexOf('export default');
  if (start < 0) {
    throw new Error('the generated routes module has no `export default` of the route table');
  }
  const body = source.slice(start + 'export default'.length).replace(/;\s*$/, '');
  const evaluate = new Function('ComponentCreator', `"use strict"; return (${body});`) as (
    creator: (path: string, hash: string) => string,
  ) => unknown;
  const table = evaluate((path, hash) => `${path}-${hash}`);
  const toNode = (value: unknown): RouteNode => {
    const route = value as {path?: unknown; exact?: unknown; component?: unknown; routes?: unknown};
    if (typeof route !== 'object' || route === null || typeof route.component !== 'string') {
      throw new Error(
        'a route of the generated routes module has no `ComponentCreator(path, hash)` component',
      );
    }
    return {
      path: typeof route.path === 'string' ? route.path : undefined,
      exact: route.exact === true,
      key: route.component,
      routes: Array.isArray(route.routes) ? route.routes.map(toNode) : undefined,
    };
  };
  if (!Array.isArray(table)) {
    throw new Error('the generated routes module does not export an array of routes');
  }
  return table.map(toNode);
}

/**
 * The routes the browser renders for `pathname`: at each level the first route that matches, then
 * its child routes (react-router-config's `matchRoutes`, which Docusaurus's preload uses). A route
 * without a path (the catch-all page) matches wherever its level is reached.
 */
export function matchedRoutes(
  routes: readonly RouteNode[],
  pathname: string,
  matchPath: MatchPath,
): RouteNode[] {
  for (const route of routes) {
    if (route.path === undefined || matchPath(pathname, {path: route.path, exact: route.exact}) !== null) {
      return [route, ...(route.routes ? matchedRoutes(route.routes, pathname, matchPath) : [])];
    }
  }
  return [];
}

/** Every chunk name in a route's entry of `routesChunkNames.json` (values may nest). */
export function chunkNamesIn(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).flatMap(chunkNamesIn);
  }
  return [];
}

/**
 * The script files (their public URLs) the route at `pathname` loads before it renders, in route
 * order, without the entry's own files and without repeats.
 */
export function pageScripts(
  pathname: string,
  site: {
    routes: readonly RouteNode[];
    chunkNames: Record<string, unknown>;
    manifest: ClientManifest;
    matchPath: MatchPath;
  },
): string[] {
  const {manifest} = site;
  const entryIds = new Set(manifest.entrypoints.flatMap((name) => manifest.origins[name] ?? []));
  const scripts: string[] = [];
  for (const route of matchedRoutes(site.routes, pathname, site.matchPath)) {
    for (const name of chunkNamesIn(site.chunkNames[route.key])) {
      for (const id of manifest.origins[name] ?? []) {
        if (entryIds.has(id)) {
          continue;
        }
        for (const file of manifest.assets[String(id)]?.js ?? []) {
          if (!scripts.includes(file.publicPath)) {
            scripts.push(file.publicPath);
          }
        }
      }
    }
  }
  return scripts;
}

/** The attribute of the loader's `<script>` element that names the page's chunks, space-separated. */
export const PAGE_SCRIPTS_ATTRIBUTE = 'data-page-scripts';

/**
 * The page with its chunks named on the loader's element: the inline script that reads
 * PAGE_SCRIPTS_ATTRIBUTE (the only one; the build minifies its text, but not that string). The
 * script's text, and so its hash in the Content-Security-Policy, is unchanged; a list named before is
 * replaced. Null when the page has no such script.
 */
export function withPageScripts(html: string, scripts: readonly string[]): string | null {
  const element = new RegExp(`<script(?: ${PAGE_SCRIPTS_ATTRIBUTE}="[^"]*")?>`, 'g');
  for (const match of html.matchAll(element)) {
    const at = match.index;
    const end = html.indexOf('</script>', at);
    if (end < 0 || !html.slice(at, end).includes(`"${PAGE_SCRIPTS_ATTRIBUTE}"`)) {
      continue;
    }
    const value = scripts.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const tag = scripts.length === 0 ? '<script>' : `<script ${PAGE_SCRIPTS_ATTRIBUTE}="${value}">`;
    return html.slice(0, at) + tag + html.slice(at + match[0].length);
  }
  return null;
}
