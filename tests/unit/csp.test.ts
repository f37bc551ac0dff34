import {createHash} from 'node:crypto';
import {afterEach, describe, expect, it} from 'vitest';
import {
  contentSecurityPolicy,
  inlineNeeds,
  nginxCspInclude,
  sha256Source,
  siteCsp,
} from '../../src/hosting/csp';
import {fixtureSite, type FixtureSite} from '../support/fixture-site';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

const COLOUR = 'document.documentElement.setAttribute("data-theme", a && b ? "dark" : "light")';

describe('Content-Security-Policy from the built HTML', () => {
  it('finds the exact text of executable inline scripts, not data blocks or external scripts', () => {
    const html =
      `<html><head><script>${COLOUR}</script>` +
      '<script type="application/ld+json">{"@type":"WebSite"}</script>' +
      '<script src="/assets/js/main.js" defer></script>' +
      '<script type="module">import("/x.js")&amp;</script>' +
      `</head><body style="color:red"><div style="height:1em"></div><style>p{}</style>` +
      `<script>${COLOUR}</script></body></html>`;
    const needs = inlineNeeds(html);
    expect(needs.scripts).toEqual([COLOUR, 'import("/x.js")&amp;']);
    expect(needs.styleAttributes).toBe(2);
    expect(needs.styleElements).toBe(1);
  });

  it("hashes a script's UTF-8 text the way browsers do", () => {
    const text = 'window.ž = "ą";';
    const expected = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64');
    expect(sha256Source(text)).toBe(`'sha256-${expected}'`);
  });

  it('allows only its own origin, scripts by hash, and never eval or framing', () => {
    const policy = contentSecurityPolicy([COLOUR, COLOUR]);
    const directives = Object.fromEntries(
      policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'", sha256Source(COLOUR)]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['font-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
  });

  it('covers every page of every locale, and writes an nginx include', () => {
    site = fixtureSite({
      'index.html': `<script>${COLOUR}</script>`,
      'docs/about.html': '<p>no script</p>',
      'en/index.html': '<script>window.en = 1</script>',
    });
    const csp = siteCsp(site.dir);
    expect(csp.pages).toBe(3);
    expect(csp.scripts).toBe(2);
    expect(csp.policy).toContain(sha256Source('window.en = 1'));
    expect(nginxCspInclude(csp.policy)).toContain(
      `add_header Content-Security-Policy "${csp.policy}" always;`,
    );
    expect(() => nginxCspInclude('default-src "x"')).toThrow(/cannot be quoted/);
    expect(csp.dataFonts).toBe(false);
    site.write('assets/css/styles.css', '@font-face{src:url(data:font/woff2;base64,d09GMgABAAAA)}');
    expect(siteCsp(site.dir).policy).toMatch(/font-src 'self' data:;/);
  });
});
