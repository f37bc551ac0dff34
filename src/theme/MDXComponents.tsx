import MDXComponents from '@theme-original/MDXComponents';
import Checklist from '@site/src/components/Checklist';
import Flow from '@site/src/components/Flow';
import RiskMatrix from '@site/src/components/RiskMatrix';
import WhatChanged from '@site/src/components/WhatChanged';

// Components every chapter may use without an import (see CONTRIBUTING.md).
export default {
  ...MDXComponents,
  Checklist,
  Flow,
  RiskMatrix,
  WhatChanged,
};
