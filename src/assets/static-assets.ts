/**
 * The text face and KaTeX's stylesheet and fonts, served by the site itself as separate static files
 * (not inlined into the render-blocking stylesheet). They are copied at build time from the npm
 * packages into a folder under node_modules/.cache that docusaurus.config.ts lists among the static
 * directories, so no binary copy lives in the repository.
 */
import {copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

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

/** The faces preloaded on every page of a locale: the upright body text it needs at once. */
export function preloadedFonts(locale: string): string[] {
  const upright = LITERATA_FILES.filter((file) => file.endsWith('-normal.woff2'));
  // English text rarely needs Latin Extended; Lithuanian text needs it in its first line.
  return locale === 'lt' ? upright : upright.filter((file) => !file.includes('latin-ext'));
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

/** Copies the fonts and KaTeX's stylesheet and fonts into `<siteDir>/STATIC_ASSETS_DIR`. */
export function writeStaticAssets(siteDir: string): string {
  const target = join(siteDir, STATIC_ASSETS_DIR);
  const fonts = join(target, FONTS_PATH);
  const katexFonts = join(target, KATEX_PATH, 'fonts');
  mkdirSync(fonts, {recursive: true});
  mkdirSync(katexFonts, {recursive: true});
  for (const file of LITERATA_FILES) {
    copyFileSync(join(literataDir(), file), join(fonts, file));
  }
  const dist = katexDistDir();
  writeFileSync(join(target, KATEX_STYLESHEET), woff2Only(readFileSync(join(dist, 'katex.min.css'), 'utf8')));
  for (const file of readdirSync(join(dist, 'fonts')).filter((name) => name.endsWith('.woff2'))) {
    copyFileSync(join(dist, 'fonts', file), join(katexFonts, file));
  }
  return target;
}
