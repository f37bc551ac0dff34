import MDXComponents from '@theme-original/MDXComponents';
import Checklist from '@site/src/components/Checklist';
import DocLink from '@site/src/components/DocLink';
import Errata from '@site/src/components/Errata';
import Flow from '@site/src/components/Flow';
import {PdfDownload} from '@site/src/components/PdfDownloads';
import RiskMatrix from '@site/src/components/RiskMatrix';
import WhatChanged from '@site/src/components/WhatChanged';

// Components every chapter may use without an import (see CONTRIBUTING.md).
export default {
  ...MDXComponents,
  a: DocLink,
  Checklist,
  Errata,
  Flow,
  PdfDownload,
  RiskMatrix,
  WhatChanged,
};
