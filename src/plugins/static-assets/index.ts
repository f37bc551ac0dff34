import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  declaredFaces,
  FONTS_PATH,
  pageFontPreloads,
  preloadedFonts,
  withFontPreloads,
  writeStaticAssets,
} from '../../assets/static-assets';

/** The stylesheet that declares the text face's files (see there). */
const FACES_CSS = 'src/css/custom.css';

/**
 * Puts the text face and KaTeX's files into the generated static folder before webpack runs, and
 * preloads the locale's upright body face on every page (the stylesheet asks for it with
 * `font-display: swap`, so text shows at once in the fallback face). After the build, a page whose
 * text needs another upright file (an English page quoting Lithuanian) gets its preload too.
 */
export default function staticAssetsPlugin(context: LoadContext): Plugin {
  return {
    name: 'skaidrumo-static-assets',
    async loadContent() {
      await writeStaticAssets(context.siteDir);
    },
    injectHtmlTags() {
      return {
        headTags: preloadedFonts(context.i18n.currentLocale).map((file) => ({
          tagName: 'link',
          attributes: {
            rel: 'preload',
            href: `${context.baseUrl}${FONTS_PATH}${file}`,
            as: 'font',
            type: 'font/woff2',
            crossorigin: 'anonymous',
          },
        })),
      };
    },
    postBuild({outDir, i18n, baseUrl}) {
      const locale = i18n.currentLocale;
      const faces = declaredFaces(readFileSync(join(context.siteDir, FACES_CSS), 'utf8'));
      // The default locale's folder holds the other locales' folders: those are theirs.
      const others = i18n.locales.filter((other) => other !== locale);
      let added = 0;
      const pages = readdirSync(outDir, {recursive: true, encoding: 'utf8'}).filter(
        (file) => file.endsWith('.html') && !others.includes(file.split(sep)[0] ?? ''),
      );
      for (const page of pages) {
        const path = join(outDir, page);
        const html = readFileSync(path, 'utf8');
        const next = withFontPreloads(html, baseUrl, pageFontPreloads(locale, html, faces));
        if (next !== html) {
          writeFileSync(path, next);
          added += 1;
        }
      }
      console.log(
        `[fonts] ${locale}: ${pages.length} pages, ${added} given a preload for a face their text needs ` +
          `(${relative(context.siteDir, outDir) || '.'})`,
      );
    },
  };
}
