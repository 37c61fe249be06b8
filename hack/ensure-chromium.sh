#!/usr/bin/env bash
# Prints the path of a headless-capable Chromium for the browser tests, installing
# Debian's `chromium` package when it is missing and we may (root, or passwordless sudo).
# Test tools cannot download their own browser here, so the system one is used.
set -euo pipefail
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [[ -n "$c" && -x "$c" ]]; then echo "$c"; exit 0; fi
done
if command -v apt-get >/dev/null; then
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo -n"
  echo "ensure-chromium: installing Debian's chromium package" >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
  [[ -x /usr/bin/chromium ]] && { echo /usr/bin/chromium; exit 0; }
fi
echo "ensure-chromium: no Chromium found and none could be installed; install chromium or set CHROMIUM_PATH" >&2
exit 1
