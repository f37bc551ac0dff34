#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: CHROME_PATH, or Debian's /usr/bin/chromium,
# installed with apt-get when it is missing and we may (root, or password-less sudo).
# Otherwise it stops with the exact command to run. It never downloads a browser build.
set -euo pipefail

if [ -n "${CHROME_PATH:-}" ]; then
  if [ -x "$CHROME_PATH" ]; then exit 0; fi
  echo "CHROME_PATH is set to '$CHROME_PATH', which is not an executable." >&2
  exit 1
fi
bash "$(dirname "$0")/ensure-debian-package.sh" chromium /usr/bin/chromium \
  "The browser tests need Chromium (or set CHROME_PATH to an installed Chromium or Chrome):"
