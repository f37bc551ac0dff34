import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import PdfNavbarItem from '@site/src/components/PdfDownloads/NavbarItem';

/** The theme's navbar item types plus `custom-pdfDownload` (the PDF of the edition being read). */
export default {
  ...ComponentTypes,
  'custom-pdfDownload': PdfNavbarItem,
};
