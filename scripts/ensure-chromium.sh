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
if [ -x /usr/bin/chromium ]; then exit 0; fi

install='apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package..."
  sh -c "$install"
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package with sudo..."
  sudo sh -c "$install"
else
  echo "The browser tests need Chromium, and it is not installed. Install it with:" >&2
  echo "  sudo sh -c '$install'" >&2
  echo "or set CHROME_PATH to an installed Chromium or Chrome." >&2
  exit 1
fi
[ -x /usr/bin/chromium ] || { echo "Installing chromium did not provide /usr/bin/chromium." >&2; exit 1; }
