import React, {useEffect, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {useDocsVersion, useVersions} from '@docusaurus/plugin-content-docs/client';
import {
  DRAFT_EDITION,
  findPdf,
  formatBytes,
  manifestEntries,
  MANIFEST_URL,
  PDF_DIR,
  type PdfEntry,
} from '@site/src/pdf/manifest';

/*
 * Links to the PDF editions. The PDFs are printed after the site is built, so the pages cannot
 * know them at build time: the manifest (build/pdf/manifest.json, one file for both languages) is
 * fetched from the same origin after hydration and only files it lists are linked. A build with
 * SKIP_PDF=1 writes a manifest that lists no files; the development server (`npm start`) has no
 * PDFs and is not asked.
 */

let manifest: Promise<PdfEntry[]> | null = null;

function loadManifest(): Promise<PdfEntry[]> {
  if (process.env.NODE_ENV !== 'production') {
    return Promise.resolve([]);
  }
  manifest ??= fetch(MANIFEST_URL)
    .then((response) => (response.ok ? response.json() : null))
    .then((data: unknown) => manifestEntries(data))
    .catch(() => []);
  return manifest;
}

/** The manifest's entries, or null until it has been read. */
export function usePdfEntries(): PdfEntry[] | null {
  const [entries, setEntries] = useState<PdfEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadManifest().then((loaded) => live && setEntries(loaded));
    return () => {
      live = false;
    };
  }, []);
  return entries;
}

export function pdfHref(entry: PdfEntry): string {
  return `/${PDF_DIR}/${entry.file}`;
}

/** "2,3 MB, 175 puslapiai" in the reader's language. */
export function usePdfDetails(): (entry: PdfEntry) => string {
  const {i18n} = useDocusaurusContext();
  const {selectMessage} = usePluralForm();
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
  const entries = usePdfEntries();
  const versions = useVersions(undefined);
  const details = usePdfDetails();
  const {i18n} = useDocusaurusContext();
  if (!entries) {
    return null;
  }
  // Released editions first (newest first), the draft's PDF, when the build made one, last.
  const shown = [...versions]
    .sort((a, b) => Number(a.name === DRAFT_EDITION) - Number(b.name === DRAFT_EDITION))
    .filter((version) => edition === undefined || version.name === edition)
    .flatMap((version) => {
      const entry = findPdf(entries, version.name, i18n.currentLocale);
      return entry ? [{entry, label: version.label}] : [];
    });
  if (shown.length === 0) {
    return null;
  }
  return (
    <ul className="pdf-downloads">
      {shown.map(({entry, label}) => (
        <li key={entry.file}>
          <a href={pdfHref(entry)} download={entry.file} type="application/pdf">
            <Translate
              id="pdf.download"
              values={{edition: label}}
              description="Link to download an edition of the guide as a PDF">
              {'{edition}, PDF dokumentas'}
            </Translate>
          </a>{' '}
          <span className="pdf-downloads__details">– {details(entry)}</span>
        </li>
      ))}
    </ul>
  );
}

/** In a doc (the `about` page): the PDF of the edition the page belongs to. */
export function PdfDownload(): ReactNode {
  return <PdfDownloads edition={useDocsVersion().version} />;
}
