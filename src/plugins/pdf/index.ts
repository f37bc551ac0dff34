import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Locale} from '../../assessment/checklist';
import {PDF_PLUGIN, type PdfGlobalData} from '../../pdf/manifest';
import {plannedPdfs} from '../../pdf/plan';

/**
 * Tells every page which PDF editions the build will print, so the navbar and the download lists
 * are in the page's HTML from the start (sizes and page counts, known only after printing, are
 * read from the manifest by the lists that show them).
 */
export default function pdfPlugin(context: LoadContext): Plugin {
  const locale: Locale = context.i18n.currentLocale === 'en' ? 'en' : 'lt';
  return {
    name: PDF_PLUGIN,
    contentLoaded({actions}) {
      const data: PdfGlobalData = {
        files: plannedPdfs(context.siteDir, locale, {production: process.env.NODE_ENV === 'production'}),
      };
      actions.setGlobalData(data);
    },
  };
}
