import type {LoadContext, Plugin} from '@docusaurus/types';
import {FONTS_PATH, preloadedFonts, writeStaticAssets} from '../../assets/static-assets';

/**
 * Puts the text face and KaTeX's files into the generated static folder before webpack runs, and
 * preloads the locale's upright body face on every page (the stylesheet asks for it with
 * `font-display: swap`, so text shows at once in the fallback face).
 */
export default function staticAssetsPlugin(context: LoadContext): Plugin {
  return {
    name: 'skaidrumo-static-assets',
    loadContent() {
      writeStaticAssets(context.siteDir);
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
  };
}
