#!/usr/bin/env bash
# Makes sure the hosting tests have Debian's nginx (/usr/sbin/nginx, or NGINX_PATH), installed with
# apt-get when it is missing and we may. The tests run it as the current user on 127.0.0.1; the
# package's own service is not needed.
set -euo pipefail

if [ -n "${NGINX_PATH:-}" ]; then
  if [ -x "$NGINX_PATH" ]; then exit 0; fi
  echo "NGINX_PATH is set to '$NGINX_PATH', which is not an executable." >&2
  exit 1
fi
bash "$(dirname "$0")/ensure-debian-package.sh" nginx /usr/sbin/nginx \
  "The hosting tests serve the built site with Debian's nginx (or set NGINX_PATH):"
