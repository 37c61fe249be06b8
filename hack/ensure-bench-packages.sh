#!/usr/bin/env bash
# Installs the Debian packages the benchmarks compare us with, when missing: nginx-light (the
# anchor of bench:mirror: proxy_pass, mirror, split_clients) and wrk (a load generator in its own
# process, written in C, so that the load costs little of the two cores we measure). Their services
# are never started by the install (see ensure-packages.sh); the benchmark starts its own nginx on
# 127.0.0.1 with a temporary configuration.
set -euo pipefail
exec "$(dirname "$0")/ensure-packages.sh" nginx-light wrk
