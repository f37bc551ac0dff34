import {matchPath} from 'react-router';
import {describe, expect, it} from 'vitest';
import {
  LIVE_CONTENT,
  hasRoute,
  routerTarget,
  staticContent,
  type LinkClick,
  type RouteEntry,
} from '../../src/client/static-content';

// The shape of Docusaurus's route table: the docs nested by plugin and version, a catch-all last.
const routes: RouteEntry[] = [
  {path: '/', exact: true},
  {path: '/search', exact: true},
  {
    path: '/docs',
    routes: [
      {
        path: '/docs',
        routes: [
          {path: '/docs/glossary', exact: true},
          {path: '/docs/conflicts-of-interest', exact: true},
        ],
      },
    ],
  },
  {path: '*'},
];
const isPage = (pathname: string) => hasRoute(routes, pathname, matchPath);

const plain: LinkClick = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};
const here = {origin: 'https://vadovas.example', pathname: '/docs/glossary', search: ''};
const link = (href: string, attributes: Record<string, string> = {}) => ({
  href: new URL(href, here.origin + here.pathname).href,
  target: attributes.target ?? '',
  hasAttribute: (name: string) => name in attributes,
});

describe('a doc served as static HTML', () => {
  it('knows the pages of the site, and not the catch-all or a folder of them', () => {
    expect(isPage('/')).toBe(true);
    expect(isPage('/docs/conflicts-of-interest')).toBe(true);
    expect(isPage('/docs/no-such-page')).toBe(false);
    expect(isPage('/docs')).toBe(false);
    expect(isPage('/pdf/skaidrumo-vadovas-2026-lt.pdf')).toBe(false);
    expect(isPage('/en/docs/glossary')).toBe(false);
  });

  it('gives a plain click on a link to another page of the site to the router, with its fragment', () => {
    expect(routerTarget(link('/docs/conflicts-of-interest#who-declares'), plain, here, isPage)).toBe(
      '/docs/conflicts-of-interest#who-declares',
    );
    expect(routerTarget(link('/search?q=dovanos'), plain, here, isPage)).toBe('/search?q=dovanos');
    expect(routerTarget(link('conflicts-of-interest'), plain, here, isPage)).toBe(
      '/docs/conflicts-of-interest',
    );
  });

  it('leaves to the browser what Docusaurus’s links leave to it', () => {
    const to = '/docs/conflicts-of-interest';
    for (const click of [
      {...plain, button: 1},
      {...plain, metaKey: true},
      {...plain, ctrlKey: true},
      {...plain, shiftKey: true},
      {...plain, altKey: true},
      {...plain, defaultPrevented: true},
    ]) {
      expect(routerTarget(link(to), click, here, isPage)).toBeNull();
    }
    expect(routerTarget(link(to, {target: '_blank'}), plain, here, isPage)).toBeNull();
    expect(routerTarget(link(to, {download: ''}), plain, here, isPage)).toBeNull();
    expect(
      routerTarget(link('https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/TAIS.21723'), plain, here, isPage),
    ).toBeNull();
    // A heading of this page: the browser scrolls to it.
    expect(routerTarget(link('#korupcija'), plain, here, isPage)).toBeNull();
    // Files and pages the router does not have (another language's site, a PDF).
    expect(routerTarget(link('/pdf/skaidrumo-vadovas-2026-lt.pdf'), plain, here, isPage)).toBeNull();
    expect(routerTarget(link('/en/docs/glossary'), plain, here, isPage)).toBeNull();
    expect(routerTarget(link(to, {target: '_self'}), plain, here, isPage)).toBe(to);
  });

  it('stays static only when nothing in it needs its components’ code', () => {
    const found = (inner: string | null) => ({
      querySelector: (selector: string) =>
        selector === '.content'
          ? {querySelector: (live: string) => (live === LIVE_CONTENT ? inner : null)}
          : null,
    });
    expect(staticContent(found(null) as unknown as ParentNode, '.content')).not.toBeNull();
    expect(staticContent(found('a checklist') as unknown as ParentNode, '.content')).toBeNull();
    expect(staticContent({querySelector: () => null} as unknown as ParentNode, '.content')).toBeNull();
    for (const live of ['button', 'input', 'textarea', 'details', '[data-island]', '[data-live]']) {
      expect(LIVE_CONTENT.split(', ')).toContain(live);
    }
  });
});
