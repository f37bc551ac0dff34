import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useActiveDocContext, useLatestVersion} from '@docusaurus/plugin-content-docs/client';
import {findPdf} from '@site/src/pdf/manifest';
import {pdfHref, usePlannedPdfs} from './index';

interface Props {
  mobile?: boolean;
}

/**
 * Navbar item `custom-pdfDownload`: the PDF of the edition being read (the default edition
 * outside the docs) in the reader's language, when the build prints one. It is in the page's
 * HTML from the start, so nothing in the navbar moves after loading.
 */
export default function PdfNavbarItem({mobile = false}: Props): ReactNode {
  const planned = usePlannedPdfs();
  const {activeVersion} = useActiveDocContext(undefined);
  const latest = useLatestVersion(undefined);
  const version = activeVersion ?? latest;
  const {i18n} = useDocusaurusContext();
  const pdf = findPdf(planned, version.name, i18n.currentLocale);
  if (!pdf) {
    return null;
  }
  const label = translate(
    {
      id: 'pdf.navbar.label',
      message: 'Atsisiųsti PDF: {edition}',
      description: 'Accessible name of the navbar PDF download link',
    },
    {edition: version.label},
  );
  const text = 'PDF';
  const link = (
    <a
      className={mobile ? 'menu__link' : 'navbar__item navbar__link'}
      href={pdfHref(pdf)}
      download={pdf.file}
      type="application/pdf"
      // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
      aria-label={`${text} – ${label}`}
      title={label}>
      {text}
    </a>
  );
  return mobile ? <li className="menu__list-item">{link}</li> : link;
}
