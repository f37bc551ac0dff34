/**
 * Which PDF editions a build prints, known before the site is built, so that every page can link
 * them in its HTML (no request, nothing appearing later). `npm run build` then prints exactly these
 * files or fails (scripts/build-pdf.ts), and the PDF tests check each link against the manifest.
 */
import type {Locale} from '../assessment/checklist';
import {CURRENT_EDITION, releasedEditionsInBuild} from '../editions/editions';
import {pdfFileName, type PlannedPdf} from './manifest';

/** Editions to print: the released ones in this build, plus the draft when PDF_DRAFT=1. */
export function editionsToPrint(siteDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const released = releasedEditionsInBuild(siteDir, env);
  return env.PDF_DRAFT === '1' ? [...released, CURRENT_EDITION] : released;
}

/**
 * The PDFs of one language a production build will offer: none with SKIP_PDF=1 and none on the
 * development server (which prints no PDFs).
 */
export function plannedPdfs(
  siteDir: string,
  locale: Locale,
  {production, env = process.env}: {production: boolean; env?: NodeJS.ProcessEnv},
): PlannedPdf[] {
  if (!production || env.SKIP_PDF === '1') {
    return [];
  }
  return editionsToPrint(siteDir, env).map((edition) => ({
    edition,
    locale,
    file: pdfFileName(edition, locale),
  }));
}
