import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as fontkit from 'fontkit';
import {beforeAll, describe, expect, it} from 'vitest';
import {
  declaredFaces,
  isLithuanianSubset,
  LITERATA_FILES,
  LITHUANIAN_LETTERS,
  literataDir,
  servedLiterataFile,
} from '../../src/assets/static-assets';

// The text face the site declares (src/css/custom.css, only the subsets it ships) must really have
// every Lithuanian letter and the punctuation the guide uses: for each character, find the
// @font-face whose unicode-range covers it (as the browser does) and check that the font file, as
// the build serves it (the package's, cut down to the Lithuanian letters for Latin Extended), has
// a glyph for it.
const REQUIRED = 'ąčęėįšųūžĄČĘĖĮŠŲŪŽ„“–—’…§€ÄäÖöÜüÅåØøÆæ';
const customCss = readFileSync(join(__dirname, '../../src/css/custom.css'), 'utf8');

const declared = declaredFaces(customCss);

describe('the faces src/css/custom.css declares', () => {
  it('are exactly the files the build copies, each once, with font-display: swap', () => {
    expect(declared.map((f) => f.file).sort()).toEqual([...LITERATA_FILES].sort());
    expect(customCss.match(/font-display:\s*swap/g)).toHaveLength(LITERATA_FILES.length);
  });

  it('keep the unicode ranges the package gives the Latin files, and only the Lithuanian letters of Latin Extended', () => {
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
      if (isLithuanianSubset(face.file)) {
        const covered = [...LITHUANIAN_LETTERS].map((char) => char.codePointAt(0) ?? 0).sort((a, b) => a - b);
        const declaredCodes = face.ranges.flatMap(([start, end]) =>
          Array.from({length: end - start + 1}, (_, n) => start + n),
        );
        expect(declaredCodes, face.file).toEqual(covered);
      } else {
        expect(range, face.file).toBe(packaged.find((p) => p.file === face.file)?.range);
      }
    }
  });
});

const served = new Map<string, fontkit.Font>();
const servedBytes = new Map<string, number>();
beforeAll(async () => {
  for (const file of LITERATA_FILES) {
    const bytes = await servedLiterataFile(file);
    servedBytes.set(file, bytes.length);
    served.set(file, fontkit.create(bytes) as fontkit.Font);
  }
});

describe('the Latin Extended files the build serves', () => {
  it.each(LITERATA_FILES.filter(isLithuanianSubset))(
    '%s keeps the weight axis and is a fraction of the package file',
    (file) => {
      const font = served.get(file);
      expect(Object.keys(font?.variationAxes ?? {})).toEqual(['wght']);
      expect(font?.variationAxes['wght']).toMatchObject({min: 200, max: 900});
      const packaged = readFileSync(join(literataDir(), file)).length;
      expect(servedBytes.get(file)).toBeGreaterThan(0);
      expect(servedBytes.get(file)).toBeLessThan(packaged / 3);
    },
  );
});

describe.each(['normal', 'italic'])('Literata (%s)', (style) => {
  const all = declared.filter((f) => f.style === style);

  it.each([...REQUIRED])('has a glyph for "%s"', (char) => {
    const code = char.codePointAt(0) ?? 0;
    const face = all.find((f) => f.ranges.some(([start, end]) => code >= start && code <= end));
    expect(face, `no @font-face covers U+${code.toString(16)}`).toBeDefined();
    expect(served.get(face?.file ?? '')?.hasGlyphForCodePoint(code)).toBe(true);
  });
});
