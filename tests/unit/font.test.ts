import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as fontkit from 'fontkit';
import {describe, expect, it} from 'vitest';
import {declaredFaces, LITERATA_FILES, literataDir} from '../../src/assets/static-assets';

// The text face the site declares (src/css/custom.css, only the subsets it ships) must really have
// every Lithuanian letter and the punctuation the guide uses: for each character, find the
// @font-face whose unicode-range covers it (as the browser does) and check that the font file,
// taken from the npm package, has a glyph for it.
const REQUIRED = 'ąčęėįšųūžĄČĘĖĮŠŲŪŽ„“–—’…§€ÄäÖöÜüÅåØøÆæ';
const customCss = readFileSync(join(__dirname, '../../src/css/custom.css'), 'utf8');

const declared = declaredFaces(customCss);

describe('the faces src/css/custom.css declares', () => {
  it('are exactly the files the build copies, each once, with font-display: swap', () => {
    expect(declared.map((f) => f.file).sort()).toEqual([...LITERATA_FILES].sort());
    expect(customCss.match(/font-display:\s*swap/g)).toHaveLength(LITERATA_FILES.length);
  });

  it('keep the unicode ranges the package gives those files', () => {
    const packageCss = ['wght.css', 'wght-italic.css']
      .map((file) => readFileSync(join(literataDir(), '..', file), 'utf8'))
      .join('\n');
    const packaged = [...packageCss.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
      file: /url\(\.\/files\/([^)]+)\)/.exec(body)?.[1] ?? '',
      range: (/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? '').replace(/\s+/g, ''),
    }));
    for (const face of declared) {
      const range = (
        /unicode-range:\s*([^;]+);/.exec(customCss.slice(customCss.indexOf(face.file)))?.[1] ?? ''
      ).replace(/\s+/g, '');
      expect(range, face.file).toBe(packaged.find((p) => p.file === face.file)?.range);
    }
  });
});

describe.each(['normal', 'italic'])('Literata (%s)', (style) => {
  const all = declared.filter((f) => f.style === style);

  it.each([...REQUIRED])('has a glyph for "%s"', (char) => {
    const code = char.codePointAt(0) ?? 0;
    const face = all.find((f) => f.ranges.some(([start, end]) => code >= start && code <= end));
    expect(face, `no @font-face covers U+${code.toString(16)}`).toBeDefined();
    const font = fontkit.openSync(join(literataDir(), face?.file ?? '')) as fontkit.Font;
    expect(font.hasGlyphForCodePoint(code)).toBe(true);
  });
});
