import {afterEach, describe, expect, it} from 'vitest';
import {checkBuiltLinks, servedPath} from '../../src/hosting/built-links';
import {fixtureSite, type FixtureSite} from '../support/fixture-site';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

const ORIGIN = 'https://vadovas.example.lt';

describe('links of the built site', () => {
  it('knows where a built file is served', () => {
    expect(servedPath('index.html')).toBe('/');
    expect(servedPath('en/index.html')).toBe('/en/');
    expect(servedPath('docs/next/about.html')).toBe('/docs/next/about');
  });

  it('resolves links and anchors as the server does, and names every broken one', () => {
    site = fixtureSite({
      'index.html':
        '<link rel="canonical" href="https://vadovas.example.lt/">' +
        '<link rel="alternate" hreflang="en" href="https://vadovas.example.lt/en/">' +
        '<a href="/docs/about#citing">ok</a><a href="docs/about">relative</a>' +
        '<a href="/docs/about#nowhere">bad anchor</a><a href="/docs/missing">missing</a>' +
        '<a href="https://e-tar.lt/x">outside</a><a href="mailto:a@b.lt">mail</a>' +
        '<a href="javascript:alert(1)">script</a><a href="#top">top</a><h1 id="top">x</h1>' +
        '<img src="/img/logo.svg"><a href="/en/?q=1#%C4%85">encoded</a>',
      'docs/about.html': '<h2 id="citing">Citing</h2><a href="../#top">up</a><a href="about#citing">self</a>',
      'en/index.html': '<h2 id="ą">x</h2><a href="/en/404">404 page</a>',
      'en/404.html': '<p>not found</p>',
      'img/logo.svg': '<svg/>',
      'sitemap.xml': `<urlset><url><loc>${ORIGIN}/docs/about</loc></url><url><loc>${ORIGIN}/gone</loc></url></urlset>`,
    });
    const report = checkBuiltLinks(site.dir, ORIGIN);
    expect(report.pages).toBe(4);
    expect(report.broken).toEqual([
      {page: 'index.html', url: '/docs/about#nowhere', problem: 'no id "nowhere" in docs/about.html'},
      {page: 'index.html', url: '/docs/missing', problem: 'no file answers /docs/missing'},
      {page: 'index.html', url: 'javascript:alert(1)', problem: 'a javascript: link'},
      {page: 'sitemap.xml', url: `${ORIGIN}/gone`, problem: 'no file answers /gone'},
    ]);
    expect(report.anchors).toBe(6);
  });
});
