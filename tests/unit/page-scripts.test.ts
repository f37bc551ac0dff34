import {createHash} from 'node:crypto';
import {matchPath} from 'react-router';
import {describe, expect, it} from 'vitest';
import {
  chunkNamesIn,
  matchedRoutes,
  pageScripts,
  PAGE_SCRIPTS_ATTRIBUTE,
  routeTable,
  withPageScripts,
  type ClientManifest,
} from '../../src/hosting/page-scripts';

/** A route table as Docusaurus generates it (`.docusaurus/routes.js`), cut down. */
const ROUTES_MODULE = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/search',
    component: ComponentCreator('/search', '809'),
    exact: true
  },
  {
    path: '/docs',
    component: ComponentCreator('/docs', '14b'),
    routes: [
      {
        path: '/docs/next',
        component: ComponentCreator('/docs/next', 'a29'),
        routes: [
          {
            path: '/docs/next/about',
            component: ComponentCreator('/docs/next/about', '078'),
            exact: true,
            sidebar: "book"
          }
        ]
      },
      {
        path: '/docs',
        component: ComponentCreator('/docs', '253'),
        routes: [
          {
            path: '/docs/about',
            component: ComponentCreator('/docs/about', '185'),
            exact: true,
            sidebar: "book"
          }
        ]
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

const match = (pathname: string, props: {path?: string; exact?: boolean}) => matchPath(pathname, props);

const CHUNK_NAMES = {
  '/search-809': {__comp: 'search', __props: 'searchProps'},
  '/docs-14b': {__comp: 'docsRoot'},
  '/docs/next-a29': {__comp: 'versionRoot', __props: 'nextProps'},
  '/docs/next/about-078': {__comp: 'docItem', content: 'nextAbout'},
  '/docs-253': {__comp: 'versionRoot', __props: 'releasedProps'},
  '/docs/about-185': {__comp: 'docItem', content: {source: 'about', nested: ['aboutExtra']}},
};

const js = (file: string) => ({js: [{publicPath: `/assets/js/${file}`}]});
const MANIFEST: ClientManifest = {
  entrypoints: ['main'],
  origins: {
    main: [1, 2, 3],
    search: [10],
    searchProps: [11],
    docsRoot: [20],
    versionRoot: [1, 21],
    nextProps: [22],
    releasedProps: [23],
    // A route chunk group may share a chunk with the entry (its stylesheet, or a script it already
    // loads): never named again.
    docItem: [24, 25, 3],
    nextAbout: [26],
    about: [27],
    aboutExtra: [25, 28],
  },
  assets: {
    1: {},
    2: js('runtime~main.x.js'),
    3: js('main.x.js'),
    10: js('search.js'),
    11: js('searchProps.js'),
    20: js('docsRoot.js'),
    21: js('versionRoot.js'),
    22: js('nextProps.js'),
    23: js('releasedProps.js'),
    24: js('docItem.js'),
    25: {},
    26: js('nextAbout.js'),
    27: js('about.js'),
    28: js('shared.js'),
  },
};

describe("a page's route chunks", () => {
  const routes = routeTable(ROUTES_MODULE);
  const site = {routes, chunkNames: CHUNK_NAMES, manifest: MANIFEST, matchPath: match};

  it('reads the generated route table, with each route keyed as Docusaurus keys its chunk names', () => {
    expect(routes.map((route) => route.key)).toEqual(['/search-809', '/docs-14b', '*-undefined']);
    expect(routes[1]?.routes?.map((route) => [route.path, route.key, route.exact])).toEqual([
      ['/docs/next', '/docs/next-a29', false],
      ['/docs', '/docs-253', false],
    ]);
    expect(() => routeTable('export const routes = [];')).toThrow(/no `export default`/);
    expect(() => routeTable('export default [{path: "/x", component: 1}];')).toThrow(/ComponentCreator/);
    expect(() => routeTable('export default {};')).toThrow(/array of routes/);
  });

  it('matches as the router does: the first route of each level, then its children', () => {
    const keys = (pathname: string) => matchedRoutes(routes, pathname, match).map((route) => route.key);
    expect(keys('/docs/next/about')).toEqual(['/docs-14b', '/docs/next-a29', '/docs/next/about-078']);
    expect(keys('/docs/about')).toEqual(['/docs-14b', '/docs-253', '/docs/about-185']);
    expect(keys('/search')).toEqual(['/search-809']);
    expect(keys('/elsewhere')).toEqual(['*-undefined']);
  });

  it('collects every chunk name of a route, however nested', () => {
    expect(chunkNamesIn(CHUNK_NAMES['/docs/about-185'])).toEqual(['docItem', 'about', 'aboutExtra']);
    expect(chunkNamesIn(undefined)).toEqual([]);
  });

  it("names the route's script files in route order, without the entry's files, style-only chunks or repeats", () => {
    expect(pageScripts('/docs/about', site)).toEqual([
      '/assets/js/docsRoot.js',
      '/assets/js/versionRoot.js',
      '/assets/js/releasedProps.js',
      '/assets/js/docItem.js',
      '/assets/js/about.js',
      '/assets/js/shared.js',
    ]);
    expect(pageScripts('/search', site)).toEqual(['/assets/js/search.js', '/assets/js/searchProps.js']);
    // The catch-all page (ComponentCreator('*')) has no chunk names: webpack loads it as before.
    expect(pageScripts('/nowhere', site)).toEqual([]);
  });
});

describe("naming the chunks on the page's loader", () => {
  const loader =
    '!function(e){var t=document.currentScript,n=t&&t.getAttribute("data-page-scripts");}(["/a.js"]);';
  const page = `<html><head><script>var theme=1;</script></head><body><main>Tekstas</main><script>${loader}</script></body></html>`;
  const hash = (text: string) => createHash('sha256').update(text).digest('base64');
  const inlineTexts = (html: string) =>
    [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

  it('puts them in an attribute of the loader element, leaving every script text (and its hash) as it was', () => {
    const named = withPageScripts(page, ['/assets/js/a b.js', '/assets/js/x"&<.js']);
    expect(named).toContain(
      `<script ${PAGE_SCRIPTS_ATTRIBUTE}="/assets/js/a b.js /assets/js/x&quot;&amp;&lt;.js">${loader}</script>`,
    );
    expect(inlineTexts(named ?? '').map(hash)).toEqual(inlineTexts(page).map(hash));
    expect(named?.match(/<script>var theme=1;<\/script>/g)).toHaveLength(1);
  });

  it('replaces a list named before, leaves a page without chunks as it is, and finds no loader where there is none', () => {
    const once = withPageScripts(page, ['/one.js']) ?? '';
    const twice = withPageScripts(once, ['/two.js']) ?? '';
    expect(twice).toContain(`<script ${PAGE_SCRIPTS_ATTRIBUTE}="/two.js">${loader}`);
    expect(twice).not.toContain('/one.js');
    expect(withPageScripts(page, [])).toBe(page);
    expect(withPageScripts(once, [])).toBe(page);
    expect(withPageScripts('<html><body><script>var theme=1;</script></body></html>', ['/a.js'])).toBeNull();
  });
});
