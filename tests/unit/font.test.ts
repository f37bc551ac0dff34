import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import * as fontkit from 'fontkit';
import {describe, expect, it} from 'vitest';

// The text face must really have every Lithuanian letter and the punctuation the guide uses: for
// each character, find the @font-face whose unicode-range covers it (as the browser does) and
// check that the font file has a glyph for it.
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource-variable/literata/package.json'));
const REQUIRED = 'ąčęėįšųūžĄČĘĖĮŠŲŪŽ„“–—’…§€ÄäÖöÜüÅåØøÆæ';

interface Face {
  file: string;
  ranges: [number, number][];
}

function faces(cssFile: string): Face[] {
  const css = readFileSync(join(packageDir, cssFile), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
    file: /url\(\.\/([^)]+)\)/.exec(body)?.[1] ?? '',
    ranges: (/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? '').split(',').map((range) => {
      const [start = '0', end] = range.trim().replace(/^U\+/, '').split('-');
      return [parseInt(start, 16), parseInt(end ?? start, 16)];
    }),
  }));
}

describe.each(['wght.css', 'wght-italic.css'])('Literata (%s)', (cssFile) => {
  const all = faces(cssFile);

  it.each([...REQUIRED])('has a glyph for "%s"', (char) => {
    const code = char.codePointAt(0) ?? 0;
    const face = all.find((f) => f.ranges.some(([start, end]) => code >= start && code <= end));
    expect(face, `no @font-face covers U+${code.toString(16)}`).toBeDefined();
    const font = fontkit.openSync(join(packageDir, face?.file ?? '')) as fontkit.Font;
    expect(font.hasGlyphForCodePoint(code)).toBe(true);
  });
});
