import MDXComponents from '@theme-original/MDXComponents';
import Checklist from '@site/src/components/Checklist';
import Flow from '@site/src/components/Flow';
import {PdfDownload} from '@site/src/components/PdfDownloads';
import RiskMatrix from '@site/src/components/RiskMatrix';

// Components every chapter may use without an import (see CONTRIBUTING.md).
export default {
  ...MDXComponents,
  Checklist,
  Flow,
  PdfDownload,
  RiskMatrix,
};
