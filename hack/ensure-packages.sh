#!/usr/bin/env bash
# Installs the Debian packages the real node and the daemonless image build need, when missing:
# buildah (builds our Dockerfile), mmdebstrap (the base image's rootfs), nftables and iptables
# (the network guard, kube-proxy), ipset (kube-router's network policies), conntrack, libseccomp-dev + pkg-config + gcc (runc with seccomp,
# the pause binary), openssl (the cluster's certificates).
#
# Only on Debian-like machines where we are root; elsewhere it prints why not on stderr and exits 0,
# and the real node reports what it lacks. Quiet when everything is there.
#
# With arguments, installs those packages instead (hack/ensure-bench-packages.sh). No package's own
# service is started by the install: a policy-rc.d refuses every invoke-rc.d call meanwhile.
set -euo pipefail
packages=(buildah mmdebstrap nftables iptables ipset conntrack libseccomp-dev pkg-config gcc libc6-dev openssl)
[[ $# -gt 0 ]] && packages=("$@")

command -v dpkg-query >/dev/null || { echo "ensure-packages: not a Debian-like machine; skipping ${packages[*]}" >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "ensure-packages: not root; cannot install ${missing[*]} (the real node needs them)" >&2
  exit 0
fi
echo "ensure-packages: installing ${missing[*]}" >&2
policy=/usr/sbin/policy-rc.d
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
