import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {katexDistDir, katexVersion, woff2Only} from '../../src/assets/static-assets';
import rehypeKatexStylesheet, {hasMath, stylesheetHref, type Node} from '../../src/remark/katex-stylesheet';

const require = createRequire(__filename);

describe('KaTeX served by the site', () => {
  it('is the same version rehype-katex renders the formulas with', () => {
    const rehypeKatex = require.resolve('rehype-katex');
    const katexOfRehype = createRequire(rehypeKatex).resolve('katex/package.json');
    const version = (JSON.parse(readFileSync(katexOfRehype, 'utf8')) as {version: string}).version;
    expect(katexVersion()).toBe(version);
    expect(dirname(katexOfRehype)).toBe(dirname(join(katexDistDir(), '..', 'package.json')));
  });

  it('keeps only WOFF2 fonts in the stylesheet, and every font it names exists', () => {
    const css = woff2Only(readFileSync(join(katexDistDir(), 'katex.min.css'), 'utf8'));
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url).toMatch(/^fonts\/KaTeX_[\w-]+\.woff2$/);
      expect(() => readFileSync(join(katexDistDir(), url))).not.toThrow();
    }
  });

  it('refuses a stylesheet that would still reference another format', () => {
    expect(() => woff2Only('@font-face{src:url(fonts/a.ttf) format("truetype")}')).toThrow(/WOFF2/);
  });
});

describe('rehype-katex-stylesheet', () => {
  const element = (className: string[], children: Node[] = []): Node => ({
    type: 'element',
    tagName: 'span',
    properties: {className},
    children,
  });

  it('links the stylesheet before the content of a page with a rendered formula, not through <Head>', () => {
    const tree: Node = {type: 'root', children: [element(['x'], [element(['katex'])])]};
    rehypeKatexStylesheet({baseUrl: '/', version: '0.16.47'})(tree);
    expect(tree.children).toHaveLength(2);
    expect(tree.children?.[0]).toMatchObject({type: 'mdxJsxFlowElement', name: 'link'});
    expect(JSON.stringify(tree.children?.[0])).toContain('/katex/katex.min.css?v=0.16.47');
    expect(JSON.stringify(tree)).not.toContain('"name":"Head"');
  });

  it('adds nothing to a page without math', () => {
    const tree: Node = {type: 'root', children: [element(['katex-like'], [element([])])]};
    rehypeKatexStylesheet({baseUrl: '/', version: '1'})(tree);
    expect(tree.children).toHaveLength(1);
    expect(hasMath(tree)).toBe(false);
  });

  it('builds the address under the base URL', () => {
    expect(stylesheetHref({baseUrl: '/guide', version: '0.16.47'})).toBe(
      '/guide/katex/katex.min.css?v=0.16.47',
    );
  });
});
