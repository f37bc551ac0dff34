#!/usr/bin/env bash
# Makes sure the PDF tests have Debian's poppler-utils (pdfinfo, pdffonts, pdftotext, pdftohtml):
# installed with apt-get when missing and we may (root, or password-less sudo); otherwise it stops
# with the exact command to run.
set -euo pipefail

if command -v pdfinfo >/dev/null && command -v pdftohtml >/dev/null; then exit 0; fi

install='apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils'
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "poppler-utils is missing: installing Debian's poppler-utils package..."
  sh -c "$install"
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
  echo "poppler-utils is missing: installing Debian's poppler-utils package with sudo..."
  sudo sh -c "$install"
else
  echo "The PDF tests need poppler-utils (pdfinfo, pdffonts, pdftotext), and it is not installed. Install it with:" >&2
  echo "  sudo sh -c '$install'" >&2
  exit 1
fi
command -v pdfinfo >/dev/null || { echo "Installing poppler-utils did not provide pdfinfo." >&2; exit 1; }
