import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  declaredFaces,
  fontPreloadTag,
  needsFace,
  pageFontPreloads,
  pageText,
  withFontPreloads,
} from '../../src/assets/static-assets';

const faces = declaredFaces(readFileSync(join(__dirname, '../../src/css/custom.css'), 'utf8'));
const LATIN = 'literata-latin-wght-normal.woff2';
const LATIN_EXT = 'literata-latin-ext-wght-normal.woff2';

function page(body: string): string {
  return (
    '<!doctype html><html lang="en"><head><title>Šiauliai</title>' +
    fontPreloadTag('/en/', LATIN) +
    '<link rel="preload" as="image" href="/en/img/logo.svg"></head>' +
    `<body>${body}</body></html>`
  );
}

describe('the fonts a page preloads', () => {
  it('reads the text of the page’s main content, not its navbar or footer', () => {
    const html = page(
      '<nav><a lang="lt">Lietuvių</a></nav><main><p>The guide</p></main><footer>Biržai</footer>',
    );
    expect(pageText(html).trim()).toBe('The guide');
    expect(pageFontPreloads('en', html, faces)).toEqual([LATIN]);
  });

  it('reads the text a page shows: not its head, scripts, styles or tags', () => {
    const html = page(
      '<p class="ąčę">Law on <em>Local</em> Self-Government</p><script>const x = "žūklė";</script>' +
        '<style>.š{}</style><p>&#x17E;i&#353;</p>',
    );
    const text = pageText(html);
    expect(text).toContain('Law on');
    expect(text).toContain('Local');
    expect(text).toContain('žiš');
    expect(text).not.toMatch(/Šiauliai|žūklė|ąčę|class|\.š/);
  });

  it('finds a face needed by any character in its unicode ranges', () => {
    const ext = faces.find((face) => face.file === LATIN_EXT);
    if (!ext) {
      throw new Error(`src/css/custom.css declares no face for ${LATIN_EXT}`);
    }
    expect(needsFace('The Law on Public Procurement', ext)).toBe(false);
    expect(needsFace('Viešųjų pirkimų įstatymas', ext)).toBe(true);
    expect(needsFace('€ – “quoted” …', ext)).toBe(false);
  });

  it('preloads Latin Extended on an English page only when its text needs it; a Lithuanian page always', () => {
    const plain = page('<p>The Law on Public Procurement.</p>');
    const quoting = page('<p>Viešųjų pirkimų įstatymas (Law on Public Procurement).</p>');
    expect(pageFontPreloads('en', plain, faces)).toEqual([LATIN]);
    expect(pageFontPreloads('en', quoting, faces)).toEqual([LATIN, LATIN_EXT]);
    expect(pageFontPreloads('lt', plain, faces)).toEqual([LATIN, LATIN_EXT]);
    // Italic faces are never preloaded: a page shows upright text first.
    expect(pageFontPreloads('en', page('<em>Viešųjų</em>'), faces)).toEqual([LATIN, LATIN_EXT]);
  });

  it('adds the missing preloads after the page’s font preload, once', () => {
    const html = page('<p>Viešųjų pirkimų įstatymas</p>');
    const once = withFontPreloads(html, '/en/', [LATIN, LATIN_EXT]);
    expect(once).toContain(
      fontPreloadTag('/en/', LATIN) + fontPreloadTag('/en/', LATIN_EXT) + '<link rel="preload" as="image"',
    );
    expect(withFontPreloads(once, '/en/', [LATIN, LATIN_EXT])).toBe(once);
    expect(withFontPreloads(html, '/en/', [LATIN])).toBe(html);
    expect(() => withFontPreloads('<html><head></head><body></body></html>', '/en/', [LATIN_EXT])).toThrow(
      /no font preload/,
    );
  });
});
