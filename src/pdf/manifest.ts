/**
 * The PDF editions' manifest (`build/pdf/manifest.json`): which files the build made, with their
 * page counts, sizes and checksums. The build writes it; the site reads it to link only PDFs that
 * exist; the tests check every entry against its file. No Node or browser APIs here.
 */
import {LOCALES, type Locale} from '../assessment/checklist';
import {formatDecimal} from '../assessment/formatters';

// The draft edition's version name and URL segment, as in src/editions/editions.ts (which reads
// files and so cannot be bundled for the browser; a unit test keeps the two equal).
export const DRAFT_EDITION = 'current';
export const DRAFT_FILE_SEGMENT = 'next';

export const PDF_DIR = 'pdf';
export const MANIFEST_FILE = 'manifest.json';
/** Where the site fetches the manifest (the same root file for every locale). */
export const MANIFEST_URL = `/${PDF_DIR}/${MANIFEST_FILE}`;

/** The plugin (src/plugins/pdf) whose global data lists the PDFs a build prints. */
export const PDF_PLUGIN = 'skaidrumo-pdf';

/** Its global data: the PDFs this build prints in the language being built (src/pdf/plan.ts). */
export interface PdfGlobalData {
  files: PlannedPdf[];
}

/** A PDF the build will print (src/pdf/plan.ts), as the pages link it. */
export interface PlannedPdf {
  edition: string;
  locale: Locale;
  /** File name inside build/pdf/. */
  file: string;
}

export interface PdfEntry extends PlannedPdf {
  pages: number;
  bytes: number;
  sha256: string;
}

export interface PdfManifest {
  files: PdfEntry[];
}

/** `skaidrumo-vadovas-2026-lt.pdf`; the draft edition is `next`, as in its web address. */
export function pdfFileName(edition: string, locale: Locale): string {
  const name = edition === DRAFT_EDITION ? DRAFT_FILE_SEGMENT : edition;
  return `skaidrumo-vadovas-${name}-${locale}.pdf`;
}

function isEntry(value: unknown): value is PdfEntry {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (
    typeof v.edition === 'string' &&
    typeof v.locale === 'string' &&
    (LOCALES as readonly string[]).includes(v.locale) &&
    typeof v.file === 'string' &&
    /^[a-z0-9][a-z0-9.-]*\.pdf$/.test(v.file) &&
    Number.isInteger(v.pages) &&
    (v.pages as number) > 0 &&
    Number.isInteger(v.bytes) &&
    (v.bytes as number) > 0 &&
    typeof v.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(v.sha256)
  );
}

/**
 * The valid entries of a parsed manifest. Anything malformed is left out rather than linked: the
 * site must never offer a file it cannot describe.
 */
export function manifestEntries(data: unknown): PdfEntry[] {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as {files?: unknown}).files)) {
    return [];
  }
  return ((data as {files: unknown[]}).files as unknown[]).filter(isEntry);
}

/** The entry of one edition in one language, if the build made it. */
export function findPdf<T extends PlannedPdf>(
  entries: readonly T[],
  edition: string,
  locale: string,
): T | undefined {
  return entries.find((entry) => entry.edition === edition && entry.locale === locale);
}

/** A file size as the reader's language writes it: "2,3 MB" in Lithuanian, "2.3 MB" in English. */
export function formatBytes(bytes: number, locale: string): string {
  // Without Intl for the guide's locales: the home page shows these sizes as it loads.
  const format = (value: number, digits: number) => formatDecimal(value, locale, 0, digits);
  if (bytes >= 1_000_000) {
    return `${format(bytes / 1_000_000, 1)}\u00a0MB`;
  }
  return `${format(Math.max(1, Math.round(bytes / 1000)), 0)}\u00a0kB`;
}

/**
 * The number of pages of a PDF as Chromium writes it (uncompressed object headers, one
 * `/Type /Page` dictionary per page), to cross-check the layout's page count.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
