#!/bin/sh
# Entry point of the one EveryClass image: the first argument names what to run.
#   operator | web | entity | identity | calendar | mirror | data <generate|import> ...
set -eu
role="${1:-}"
[ $# -gt 0 ] && shift
case "$role" in
  # The operator's heap is capped: V8 otherwise lets garbage grow towards its default limit (a
  # 200-environment burst peaked near 580 MiB RSS). 128 MiB made the GC thrash at 60 environments
  # (6x the CPU; BENCHMARKS.md), 256 MiB costs nothing measurable. bench:operator runs the operator
  # with these same flags (it reads them from this line).
  operator) exec node --max-old-space-size=256 /app/dist/operator/src/main.js "$@" ;;
  mirror) exec node /app/dist/services/mirror/main.js "$@" ;;
  data) exec node /app/dist/services/data/cli.js "$@" ;;
  web | entity | identity | calendar) exec node /app/dist/services/cli.js "$role" "$@" ;;
  *)
    echo "usage: <operator|web|entity|identity|calendar|mirror|data> [args...] (got '${role}')" >&2
    exit 2
    ;;
esac
