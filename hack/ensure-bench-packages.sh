#!/usr/bin/env bash
# Installs the Debian packages the benchmarks compare us with, when missing: nginx-light (the
# anchor of bench:mirror: proxy_pass, mirror, split_clients) and wrk (a load generator in its own
# process, written in C, so that the load costs little of the two cores we measure).
#
# The package's own service is never started: a policy-rc.d refuses every invoke-rc.d call during
# the install (Debian's postinst would otherwise start nginx on port 80), and the benchmark starts
# its own nginx on 127.0.0.1 with a temporary configuration. Only where we are root on a Debian-like
# machine; elsewhere it says why on stderr and exits 0 (the benchmark then reports what it lacks).
set -euo pipefail
packages=(nginx-light wrk)

command -v dpkg-query >/dev/null || { echo "ensure-bench-packages: not a Debian-like machine; skipping ${packages[*]}" >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "ensure-bench-packages: not root; cannot install ${missing[*]}" >&2
  exit 0
fi
echo "ensure-bench-packages: installing ${missing[*]}" >&2
policy=/usr/sbin/policy-rc.d
had_policy=0
[[ -e $policy ]] && had_policy=1
if [[ $had_policy -eq 0 ]]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
