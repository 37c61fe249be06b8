#!/bin/sh
# Entry point of the one EveryClass image: the first argument names what to run.
#   operator | web | entity | identity | calendar | mirror | data <generate|import> ...
set -eu
role="${1:-}"
[ $# -gt 0 ] && shift
case "$role" in
  operator) exec node /app/dist/operator/src/main.js "$@" ;;
  mirror) exec node /app/dist/services/mirror/main.js "$@" ;;
  data) exec node /app/dist/services/data/cli.js "$@" ;;
  web | entity | identity | calendar) exec node /app/dist/services/cli.js "$role" "$@" ;;
  *)
    echo "usage: <operator|web|entity|identity|calendar|mirror|data> [args...] (got '${role}')" >&2
    exit 2
    ;;
esac
