import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useActiveDocContext, useLatestVersion} from '@docusaurus/plugin-content-docs/client';
import {findPdf, formatBytes} from '@site/src/pdf/manifest';
import {pdfHref, usePdfDetails, usePdfEntries} from './index';

interface Props {
  mobile?: boolean;
}

/**
 * Navbar item `custom-pdfDownload`: the PDF of the edition being read (the default edition
 * outside the docs) in the reader's language, when the build made one.
 */
export default function PdfNavbarItem({mobile = false}: Props): ReactNode {
  const entries = usePdfEntries();
  const {activeVersion} = useActiveDocContext(undefined);
  const latest = useLatestVersion(undefined);
  const version = activeVersion ?? latest;
  const {i18n} = useDocusaurusContext();
  const details = usePdfDetails();
  const entry = entries ? findPdf(entries, version.name, i18n.currentLocale) : undefined;
  if (!entry) {
    return null;
  }
  const label = translate(
    {
      id: 'pdf.navbar.label',
      message: 'Atsisiųsti PDF: {edition}, {details}',
      description: 'Accessible name of the navbar PDF download link',
    },
    {edition: version.label, details: details(entry)},
  );
  const text = `PDF · ${formatBytes(entry.bytes, i18n.currentLocale)}`;
  const link = (
    <a
      className={mobile ? 'menu__link' : 'navbar__item navbar__link'}
      href={pdfHref(entry)}
      download={entry.file}
      type="application/pdf"
      // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
      aria-label={`${text} – ${label}`}
      title={label}>
      {text}
    </a>
  );
  return mobile ? <li className="menu__list-item">{link}</li> : link;
}
