/**
 * The text face and KaTeX's stylesheet and fonts, served by the site itself as separate static files
 * (not inlined into the render-blocking stylesheet). They are copied at build time from the npm
 * packages into a folder under node_modules/.cache that docusaurus.config.ts lists among the static
 * directories, so no binary copy lives in the repository.
 */
import {copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(__filename);

/** Where the generated static files go (relative to the site folder). */
export const STATIC_ASSETS_DIR = 'node_modules/.cache/skaidrumo-static';

/** Site paths (below baseUrl) of the generated files. */
export const FONTS_PATH = 'fonts/';
export const KATEX_PATH = 'katex/';
export const KATEX_STYLESHEET = `${KATEX_PATH}katex.min.css`;

/**
 * Literata's variable-weight files for the scripts the book uses: Latin, and Latin Extended-A/B for
 * the Lithuanian letters (ą č ę ė į š ų ū ž). `src/css/custom.css` declares one @font-face for each.
 */
export const LITERATA_FILES = [
  'literata-latin-wght-normal.woff2',
  'literata-latin-ext-wght-normal.woff2',
  'literata-latin-wght-italic.woff2',
  'literata-latin-ext-wght-italic.woff2',
] as const;

/**
 * The Lithuanian letters outside Latin-1: all the book needs from the Latin Extended files (its
 * sources use no other character of those ranges). The build cuts those files down to these
 * letters, keeping the weight axis (42 KB → about 7 KB each), and `src/css/custom.css` declares
 * exactly these code points for them, so other Latin Extended characters (a name a reader types,
 * say) take the fallback face instead of a file that lacks them.
 */
export const LITHUANIAN_LETTERS = 'ĄąČčĖėĘęĮįŠšŪūŲųŽž';

/** Whether a Literata file is one of the Latin Extended files cut down to the Lithuanian letters. */
export function isLithuanianSubset(file: string): boolean {
  return file.includes('-latin-ext-');
}

const served = new Map<string, Promise<Buffer>>();

/**
 * A Literata file as the site serves it: the package's file, cut down where isLithuanianSubset.
 * Made once per process (each locale's build asks again).
 */
export function servedLiterataFile(file: string): Promise<Buffer> {
  let bytes = served.get(file);
  if (!bytes) {
    const source = readFileSync(join(literataDir(), file));
    bytes = isLithuanianSubset(file)
      ? subsetFont(source, LITHUANIAN_LETTERS, {targetFormat: 'woff2'})
      : Promise.resolve(source);
    served.set(file, bytes);
  }
  return bytes;
}

/** The faces preloaded on every page of a locale: the upright body text it needs at once. */
export function preloadedFonts(locale: string): string[] {
  const upright = LITERATA_FILES.filter((file) => file.endsWith('-normal.woff2'));
  // English text needs Latin Extended only where it quotes Lithuanian (see pageFontPreloads);
  // Lithuanian text needs it in its first line.
  return locale === 'lt' ? upright : upright.filter((file) => !file.includes('latin-ext'));
}

/** One `@font-face` of a stylesheet: its style, the file it loads and the characters it covers. */
export interface DeclaredFace {
  style: string;
  file: string;
  ranges: [number, number][];
}

/** The `@font-face` rules of a stylesheet whose source is one of the site's font files. */
export function declaredFaces(css: string): DeclaredFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
    style: /font-style:\s*(\w+)/.exec(body)?.[1] ?? '',
    file: /url\('?\.\.\/\.\.\/fonts\/([^)']+)'?\)/.exec(body)?.[1] ?? '',
    ranges: (/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? '').split(',').map((range) => {
      const [start = '0', end] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(start, 16), parseInt(end ?? start, 16)];
    }),
  }));
}

/**
 * The text of a page's main content (its `<main>`, else its body) without scripts, styles and tags,
 * character references decoded. The navbar and footer are left out: on a phone the navbar's
 * language menu ("Lietuvių") is not laid out at all, so it asks for no font.
 */
export function pageText(html: string): string {
  const body =
    /<main[\s>][\s\S]*<\/main>/i.exec(html)?.[0] ?? /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)));
}

/** Whether any character of the text falls in the face's unicode ranges. */
export function needsFace(text: string, face: DeclaredFace): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (face.ranges.some(([start, end]) => code >= start && code <= end)) {
      return true;
    }
  }
  return false;
}

/**
 * The upright faces a page preloads: its locale's, and any other upright face its text needs (an
 * English page that names a Lithuanian law needs Latin Extended in its first layout; preloaded, the
 * file is fetched with the stylesheet instead of after it).
 */
export function pageFontPreloads(locale: string, html: string, faces: DeclaredFace[]): string[] {
  const preloaded = preloadedFonts(locale);
  const text = pageText(html);
  const more = faces
    .filter((face) => face.style === 'normal' && !preloaded.includes(face.file))
    .filter((face) => needsFace(text, face))
    .map((face) => face.file);
  return [...preloaded, ...more];
}

/** The `<link rel="preload">` of one font file. */
export function fontPreloadTag(baseUrl: string, file: string): string {
  return `<link rel="preload" href="${baseUrl}${FONTS_PATH}${file}" as="font" type="font/woff2" crossorigin="anonymous">`;
}

/**
 * The page with a preload for each of `files` it does not have yet, placed after its last font
 * preload (the first of them is put there by the plugin on every page). Unchanged if it has them all.
 */
export function withFontPreloads(html: string, baseUrl: string, files: string[]): string {
  const missing = files.filter((file) => !html.includes(`href="${baseUrl}${FONTS_PATH}${file}"`));
  if (missing.length === 0) {
    return html;
  }
  const anchor = [...html.matchAll(/<link rel="preload"[^>]*as="font"[^>]*>/g)].at(-1);
  if (!anchor || anchor.index === undefined) {
    throw new Error('font preloads: the page has no font preload to put the others after');
  }
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + missing.map((file) => fontPreloadTag(baseUrl, file)).join('') + html.slice(at);
}

export function literataDir(): string {
  return join(dirname(require.resolve('@fontsource-variable/literata/package.json')), 'files');
}

export function katexDistDir(): string {
  return join(dirname(require.resolve('katex/package.json')), 'dist');
}

export function katexVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('katex/package.json'), 'utf8')) as {version: string})
    .version;
}

/**
 * KaTeX's stylesheet lists WOFF2, WOFF and TrueType for each font; every browser the site supports
 * takes WOFF2, so the others are dropped (and not copied).
 */
export function woff2Only(css: string): string {
  const result = css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\((["'])(?:woff|truetype)\1\)/g, '');
  if (/\.(?:woff|ttf)\)/.test(result)) {
    throw new Error(
      'KaTeX stylesheet: a font other than WOFF2 is still referenced after dropping the fallbacks',
    );
  }
  return result;
}

/** Writes the fonts and KaTeX's stylesheet and fonts into `<siteDir>/STATIC_ASSETS_DIR`. */
export async function writeStaticAssets(siteDir: string): Promise<string> {
  const target = join(siteDir, STATIC_ASSETS_DIR);
  const fonts = join(target, FONTS_PATH);
  const katexFonts = join(target, KATEX_PATH, 'fonts');
  mkdirSync(fonts, {recursive: true});
  mkdirSync(katexFonts, {recursive: true});
  for (const file of LITERATA_FILES) {
    writeFileSync(join(fonts, file), await servedLiterataFile(file));
  }
  const dist = katexDistDir();
  writeFileSync(join(target, KATEX_STYLESHEET), woff2Only(readFileSync(join(dist, 'katex.min.css'), 'utf8')));
  for (const file of readdirSync(join(dist, 'fonts')).filter((name) => name.endsWith('.woff2'))) {
    copyFileSync(join(dist, 'fonts', file), join(katexFonts, file));
  }
  return target;
}
