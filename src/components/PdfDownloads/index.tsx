import React, {useEffect, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {usePluralMessage} from '@site/src/components/usePluralMessage';
import {useDocsVersion, useVersions} from '@docusaurus/plugin-content-docs/client';
import {
  DRAFT_EDITION,
  findPdf,
  formatBytes,
  manifestEntries,
  MANIFEST_URL,
  PDF_DIR,
  PDF_PLUGIN,
  type PdfEntry,
  type PdfGlobalData,
  type PlannedPdf,
} from '@site/src/pdf/manifest';

/*
 * Links to the PDF editions. Which PDFs exist is known when the site is built (src/pdf/plan.ts:
 * `npm run build` prints exactly those or fails), so the links are in every page's HTML. Their
 * sizes and page counts are known only after printing: the download lists read them from the
 * manifest (build/pdf/manifest.json) after hydration and add them at the end of each line.
 */

/** The PDFs of this build in the reader's language (none on the development server). */
export function usePlannedPdfs(): PlannedPdf[] {
  const data = usePluginData(PDF_PLUGIN) as PdfGlobalData | undefined;
  return data?.files ?? [];
}

let manifest: Promise<PdfEntry[]> | null = null;

function loadManifest(): Promise<PdfEntry[]> {
  manifest ??= fetch(MANIFEST_URL)
    .then((response) => (response.ok ? response.json() : null))
    .then((data: unknown) => manifestEntries(data))
    .catch(() => []);
  return manifest;
}

/** The manifest's entries once read (only asked for when there are PDFs to describe). */
function usePdfManifest(wanted: boolean): PdfEntry[] {
  const [entries, setEntries] = useState<PdfEntry[]>([]);
  useEffect(() => {
    if (!wanted) {
      return undefined;
    }
    let live = true;
    void loadManifest().then((loaded) => live && setEntries(loaded));
    return () => {
      live = false;
    };
  }, [wanted]);
  return entries;
}

export function pdfHref(pdf: PlannedPdf): string {
  return `/${PDF_DIR}/${pdf.file}`;
}

/** "2,3 MB, 175 puslapiai" in the reader's language. */
function usePdfDetails(): (entry: PdfEntry) => string {
  const {i18n} = useDocusaurusContext();
  const selectMessage = usePluralMessage();
  return (entry) =>
    translate(
      {
        id: 'pdf.details',
        message: '{size}, {pages}',
        description: 'Size and page count of a downloadable PDF edition',
      },
      {
        size: formatBytes(entry.bytes, i18n.currentLocale),
        pages: selectMessage(
          entry.pages,
          translate(
            {
              id: 'pdf.pageCount',
              message: '{count} puslapis|{count} puslapiai|{count} puslapio|{count} puslapių',
              description: 'Page count of a PDF; plural forms separated by | (lt: one|few|many|other)',
            },
            {count: entry.pages},
          ),
        ),
      },
    );
}

interface Props {
  /** One edition (a docs version name); without it, every edition that has a PDF, newest first. */
  edition?: string;
}

/** The PDF editions in the reader's language, each with its size and page count. */
export default function PdfDownloads({edition}: Props): ReactNode {
  const planned = usePlannedPdfs();
  const versions = useVersions(undefined);
  const {i18n} = useDocusaurusContext();
  // Released editions first (newest first), the draft's PDF, when the build makes one, last.
  const shown = [...versions]
    .sort((a, b) => Number(a.name === DRAFT_EDITION) - Number(b.name === DRAFT_EDITION))
    .filter((version) => edition === undefined || version.name === edition)
    .flatMap((version) => {
      const pdf = findPdf(planned, version.name, i18n.currentLocale);
      return pdf ? [{pdf, label: version.label}] : [];
    });
  const entries = usePdfManifest(shown.length > 0);
  const details = usePdfDetails();
  if (shown.length === 0) {
    return null;
  }
  return (
    // data-live: the sizes are read in the browser, so a doc with this list is hydrated
    // (src/client/static-content.ts).
    <ul className="pdf-downloads" data-live="">
      {shown.map(({pdf, label}) => {
        const entry = findPdf(entries, pdf.edition, pdf.locale);
        return (
          <li key={pdf.file}>
            <a href={pdfHref(pdf)} download={pdf.file} type="application/pdf">
              <Translate
                id="pdf.download"
                values={{edition: label}}
                description="Link to download an edition of the guide as a PDF">
                {'{edition}, PDF dokumentas'}
              </Translate>
            </a>{' '}
            <span className="pdf-downloads__details">{entry ? `– ${details(entry)}` : ''}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** In a doc (the `about` page): the PDF of the edition the page belongs to. */
export function PdfDownload(): ReactNode {
  return <PdfDownloads edition={useDocsVersion().version} />;
}
