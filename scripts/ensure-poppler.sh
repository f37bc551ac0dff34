#!/usr/bin/env bash
# Makes sure the PDF tests have Debian's poppler-utils (pdfinfo, pdffonts, pdftotext, pdftohtml),
# installed with apt-get when missing and we may.
set -euo pipefail
bash "$(dirname "$0")/ensure-debian-package.sh" poppler-utils /usr/bin/pdftohtml \
  "The PDF tests read the PDFs with Debian's"
