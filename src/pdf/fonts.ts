/**
 * The book's text face. The site serves Literata as a variable font, which Chromium's PDF backend
 * can only embed as Type 3 glyph procedures (unsubsetted, slow to print, and with broken spacing
 * after some Lithuanian letters in extracted text). The PDFs therefore use the static instances of
 * the same face from `@fontsource/literata`, which embed as subset TrueType fonts.
 */

export const PRINT_FAMILY = 'Literata Print';
/** Weights the book uses: body, semibold (forms, headings 650 round up to 700) and bold. */
export const PRINT_WEIGHTS = [400, 600, 700] as const;

/**
 * Subsets the book loads, in this order: Lithuanian and English text, and Greek for the score
 * sheet's Σ. The order matters: with fontsource's order (Latin last) Chromium set ū in a run of its
 * own that text extraction split from its word ("bū sto"); with Latin first it does not.
 */
export const PRINT_SUBSETS = ['latin', 'latin-ext', 'greek'] as const;

/** The package's stylesheet files for the print weights, e.g. `400.css`, `400-italic.css`. */
export function printFontStylesheets(): string[] {
  return PRINT_WEIGHTS.flatMap((weight) => [`${weight}.css`, `${weight}-italic.css`]);
}

/**
 * A fontsource stylesheet rewritten for the book: the family renamed, the files loaded from
 * `urlPrefix` (woff2 only).
 */
function subsetRank(face: string): number {
  const subset = /literata-([a-z-]+?)-\d+-/.exec(face)?.[1] ?? '';
  return (PRINT_SUBSETS as readonly string[]).indexOf(subset);
}

export function printFontCss(css: string, urlPrefix: string): string {
  const wanted = new RegExp(`literata-(?:${PRINT_SUBSETS.join('|')})-\\d+-(?:normal|italic)\\.woff2`);
  return (css.match(/@font-face\s*\{[^}]*\}/g) ?? [])
    .filter((face) => wanted.test(face))
    .sort((a, b) => subsetRank(a) - subsetRank(b))
    .map((face) =>
      face
        .replace(/font-family:\s*'[^']*'/, `font-family: '${PRINT_FAMILY}'`)
        .replace(
          /url\(\.\/files\/([a-z0-9-]+\.woff2)\)\s*format\('woff2'\)(?:,\s*url\([^)]*\)\s*format\('woff'\))?/,
          (_all, file: string) => `url(${urlPrefix}${file}) format('woff2')`,
        )
        .replace(/font-display:\s*swap;/, 'font-display: block;'),
    )
    .join('\n');
}

/** Makes the book's text (and headings) use the print face. */
export function printFontOverride(): string {
  return `:root { --ifm-font-family-base: '${PRINT_FAMILY}', 'Literata Variable', Georgia, serif; --ifm-heading-font-family: var(--ifm-font-family-base); }\n`;
}
