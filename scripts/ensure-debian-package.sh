#!/usr/bin/env bash
# Usage: ensure-debian-package.sh <package> <executable> <what it is for>
# Installs a Debian package with apt-get when <executable> is missing and we may (root, or
# password-less sudo); otherwise stops with the exact command to run.
set -euo pipefail
package="$1" executable="$2" purpose="$3"

if [ -x "$executable" ]; then exit 0; fi

install="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $package"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "$package is missing: installing Debian's $package package..."
  sh -c "$install"
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
  echo "$package is missing: installing Debian's $package package with sudo..."
  sudo sh -c "$install"
else
  echo "$purpose $package, and it is not installed. Install it with:" >&2
  echo "  sudo sh -c '$install'" >&2
  exit 1
fi
[ -x "$executable" ] || { echo "Installing $package did not provide $executable." >&2; exit 1; }
