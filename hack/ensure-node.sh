#!/usr/bin/env bash
# Prints the directory of a Node.js >= 22.19 (our supported floor) for PATH.
# Uses the machine's own node when it is new enough; otherwise installs Node $NODE_PIN
# from the npm registry's prebuilt package (node-<os>-<arch>) into the user's cache
# directory, keyed by version, and prints that. Idempotent and quiet on stdout.
set -euo pipefail
NODE_PIN="${EVERYCLASS_NODE_VERSION:-24.21.0}"
CACHE="${EVERYCLASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/everyclass}"

new_enough() { # <node binary>
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)' 2>/dev/null
}

if [[ -z "${EVERYCLASS_FORCE_NODE_INSTALL:-}" ]] && command -v node >/dev/null && new_enough "$(command -v node)"; then
  dirname "$(command -v node)"; exit 0
fi

case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "ensure-node: unsupported OS $(uname -s)" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "ensure-node: unsupported CPU $(uname -m)" >&2; exit 1 ;; esac
dir="$CACHE/node-v$NODE_PIN"
bin="$dir/node_modules/node-$os-$arch/bin"
if [[ ! -x "$bin/node" ]]; then
  command -v npm >/dev/null || { echo "ensure-node: need npm (any version) to fetch Node $NODE_PIN" >&2; exit 1; }
  echo "ensure-node: installing Node $NODE_PIN into $dir" >&2
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "node-$os-$arch@$NODE_PIN" >&2
fi
new_enough "$bin/node" || { echo "ensure-node: $bin/node does not run" >&2; exit 1; }
echo "$bin"
