#!/usr/bin/env bash
# Builds the pinned upstream binaries of the docker-free local control plane
# (kube-apiserver, kube-controller-manager, kube-scheduler, kubectl, etcd, kwok),
# the MongoDB-wire test store (FerretDB), the real node's parts, helm (the chart's
# tests) and promtool (the alert rules' tests) from Go modules with the machine's Go.
#
# Binaries land in $EVERYCLASS_CACHE/<component>-<version>/bin and are rebuilt only
# when a version changes. Prints the bin directories, one per line, on stdout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$HERE/versions.env"
CACHE="${EVERYCLASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/everyclass}"
export GOFLAGS="${GOFLAGS:-} -mod=mod"
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
log() { echo "build-tools: $*" >&2; }

command -v go >/dev/null || { log "Go >= 1.26 is required to build the local control plane (https://go.dev/dl)"; exit 1; }

# build <name> <version> <binaries...> : skips when every binary is present.
is_built() { local dir=$1; shift; for b in "$@"; do [[ -x "$dir/bin/$b" ]] || return 1; done; }

build_kubernetes() {
  local v=$KUBERNETES_VERSION dir="$CACHE/kubernetes-$KUBERNETES_VERSION"
  local bins=(kube-apiserver kube-controller-manager kube-scheduler kubectl)
  if is_built "$dir" "${bins[@]}"; then echo "$dir/bin"; return; fi
  log "building Kubernetes $v (kube-apiserver, kube-controller-manager, kube-scheduler, kubectl); this takes a while the first time"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  local gomod; gomod="$(go mod download -json "k8s.io/kubernetes@$v" | sed -n 's/.*"GoMod": "\(.*\)",*/\1/p')"
  # k8s.io/kubernetes replaces its staging modules with local paths; a wrapper module
  # pins each of them to the published tag of the same release instead.
  local staging="v0.${v#v1.}"
  {
    echo "module everyclass.local/kubetools"
    echo
    echo "go $(sed -n 's/^go \(.*\)/\1/p' "$gomod")"
    echo
    echo "require k8s.io/kubernetes $v"
    echo
    grep -E '^\s*k8s\.io/[^ ]+ => \./staging/' "$gomod" | awk -v s="$staging" '{print "replace " $1 " => " $1 " " s}'
  } > "$mod/go.mod"
  local pkgs=(k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager
              k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl)
  # -tool records the commands in go.mod, so the module graph stays pinned to $v.
  (cd "$mod" && go get -tool "${pkgs[@]/%/@$v}" >&2)
  (cd "$mod" && go build -trimpath -ldflags "$(kube_ldflags "$v")" -o "$dir/bin/" "${pkgs[@]}" >&2)
  echo "$dir/bin"
}

# Version stamps, so /version and kubelet report the pinned release.
kube_ldflags() {
  local v=$1 vpkg=k8s.io/component-base/version minor; minor="$(echo "$v" | cut -d. -f2)"
  local f="-s -w -X $vpkg.gitVersion=$v -X $vpkg.gitMajor=1 -X $vpkg.gitMinor=$minor -X $vpkg.gitTreeState=clean -X $vpkg.buildDate=1970-01-01T00:00:00Z"
  echo "$f -X k8s.io/client-go/pkg/version.gitVersion=$v -X k8s.io/client-go/pkg/version.gitMajor=1 -X k8s.io/client-go/pkg/version.gitMinor=$minor"
}

# kubelet and kube-proxy: the real node's, from the control plane's own wrapper module.
build_kubernetes_node() {
  local v=$KUBERNETES_VERSION dir="$CACHE/kubernetes-$KUBERNETES_VERSION"
  if is_built "$dir" kubelet kube-proxy pause; then echo "$dir/bin"; return; fi
  build_kubernetes >/dev/null
  log "building kubelet and kube-proxy $v and the pause binary"
  local mod="$dir/src" pkgs=(k8s.io/kubernetes/cmd/kubelet k8s.io/kubernetes/cmd/kube-proxy)
  (cd "$mod" && go get -tool "${pkgs[@]/%/@$v}" >&2)
  (cd "$mod" && go build -trimpath -ldflags "$(kube_ldflags "$v")" -o "$dir/bin/" "${pkgs[@]}" >&2)
  # The pod sandbox's pause process, from the same module's build/pause source.
  local src; src="$(go mod download -json "k8s.io/kubernetes@$v" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')"
  gcc -Os -static -Wall -Werror -DVERSION="$v" -o "$dir/bin/pause" "$src/build/pause/linux/pause.c" >&2
  strip "$dir/bin/pause"
  echo "$dir/bin"
}

build_containerd() {
  local v=$CONTAINERD_VERSION dir="$CACHE/containerd-$CONTAINERD_VERSION"
  local bins=(containerd containerd-shim-runc-v2 ctr)
  if is_built "$dir" "${bins[@]}"; then echo "$dir/bin"; return; fi
  log "building containerd $v"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  printf 'module everyclass.local/containerd\n\ngo 1.26\n' > "$mod/go.mod"
  local m=github.com/containerd/containerd/v2
  local pkgs=("$m/cmd/containerd" "$m/cmd/containerd-shim-runc-v2" "$m/cmd/ctr")
  (cd "$mod" && go get -tool "${pkgs[@]/%/@$v}" >&2)
  (cd "$mod" && CGO_ENABLED=0 go build -trimpath -tags "no_btrfs no_devmapper no_zfs urfave_cli_no_docs" \
      -ldflags "-s -w -X $m/version.Version=$v" -o "$dir/bin/" "${pkgs[@]}" >&2)
  echo "$dir/bin"
}

# runc with seccomp (pods use seccompProfile RuntimeDefault): cgo and Debian's libseccomp-dev.
build_runc() {
  local v=$RUNC_VERSION dir="$CACHE/runc-$RUNC_VERSION"
  if is_built "$dir" runc; then echo "$dir/bin"; return; fi
  pkg-config --exists libseccomp || { log "runc needs libseccomp-dev and pkg-config (hack/ensure-packages.sh installs them)"; exit 1; }
  log "building runc $v (seccomp)"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  printf 'module everyclass.local/runc\n\ngo 1.26\n' > "$mod/go.mod"
  (cd "$mod" && go get -tool "github.com/opencontainers/runc@$v" >&2)
  (cd "$mod" && CGO_ENABLED=1 go build -trimpath -tags seccomp -ldflags "-s -w -X main.version=${v#v}" \
      -o "$dir/bin/runc" github.com/opencontainers/runc >&2)
  echo "$dir/bin"
}

build_cni() {
  local v=$CNI_PLUGINS_VERSION dir="$CACHE/cni-plugins-$CNI_PLUGINS_VERSION"
  local bins=(bridge host-local loopback)
  if is_built "$dir" "${bins[@]}"; then echo "$dir/bin"; return; fi
  log "building CNI plugins $v (bridge, host-local, loopback)"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  printf 'module everyclass.local/cni\n\ngo 1.26\n' > "$mod/go.mod"
  local m=github.com/containernetworking/plugins
  local pkgs=("$m/plugins/main/bridge" "$m/plugins/ipam/host-local" "$m/plugins/main/loopback")
  (cd "$mod" && go get -tool "${pkgs[@]/%/@$v}" >&2)
  (cd "$mod" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$dir/bin/" "${pkgs[@]}" >&2)
  echo "$dir/bin"
}

# NetworkPolicy enforcement on the real node: kube-router's firewall alone (iptables + ipset;
# its routing and service proxy stay off). kube-network-policies needs nft's queue expression,
# which these kernels lack (CONFIG_NFT_QUEUE).
build_kube_router() {
  local v=$KUBE_ROUTER_VERSION dir="$CACHE/kube-router-$KUBE_ROUTER_VERSION"
  if is_built "$dir" kube-router; then echo "$dir/bin"; return; fi
  log "building kube-router $v (network policies)"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  printf 'module everyclass.local/kube-router\n\ngo 1.26\n' > "$mod/go.mod"
  local pkg=github.com/cloudnativelabs/kube-router/v2/cmd/kube-router
  (cd "$mod" && go get -tool "$pkg@$v" >&2)
  (cd "$mod" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$dir/bin/kube-router" "$pkg" >&2)
  echo "$dir/bin"
}

build_coredns() {
  build_simple coredns "$COREDNS_VERSION" github.com/coredns/coredns github.com/coredns/coredns coredns
}

etcd_version() {
  local gomod; gomod="$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/.*"GoMod": "\(.*\)",*/\1/p')"
  awk '$1 == "go.etcd.io/etcd/server/v3" {print $2}' "$gomod" | head -1
}

build_etcd() {
  local v; v="$(etcd_version)"; [[ -n "$v" ]] || { log "cannot find etcd's version in k8s.io/kubernetes $KUBERNETES_VERSION"; exit 1; }
  local dir="$CACHE/etcd-$v"
  if is_built "$dir" etcd; then echo "$dir/bin"; return; fi
  log "building etcd $v (the version Kubernetes $KUBERNETES_VERSION requires)"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  printf 'module everyclass.local/etcd\n\ngo 1.26\n' > "$mod/go.mod"
  (cd "$mod" && go get "go.etcd.io/etcd/server/v3@$v" >&2 && go build -trimpath -ldflags "-s -w" -o "$dir/bin/etcd" go.etcd.io/etcd/server/v3 >&2)
  echo "$dir/bin"
}

build_simple() { # name version module package binary
  local name=$1 v=$2 module=$3 pkg=$4 bin=$5 dir="$CACHE/$1-$2"
  if is_built "$dir" "$bin"; then echo "$dir/bin"; return; fi
  log "building $name $v"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  printf 'module everyclass.local/%s\n\ngo 1.26\n' "$name" > "$mod/go.mod"
  (cd "$mod" && go get -tool "$pkg@$v" >&2 && go build -trimpath -ldflags "-s -w ${6:-}" -o "$dir/bin/$bin" "$pkg" >&2)
  echo "$dir/bin"
}

build_kwok() { build_simple kwok "$KWOK_VERSION" sigs.k8s.io/kwok sigs.k8s.io/kwok/cmd/kwok kwok; }
# helm: only config/helm's tests and users of the chart need it, so it is built on first use
# (binDir('helm')), not by `all`. CGO off as in helm's own Makefile; the version stamp makes
# `helm version` report the pin instead of the bare "v4.3" in its source.
build_helm() {
  local vpkg=helm.sh/helm/v4/internal/version
  CGO_ENABLED=0 build_simple helm "$HELM_VERSION" helm.sh/helm/v4 helm.sh/helm/v4/cmd/helm helm \
    "-X $vpkg.version=$HELM_VERSION -X $vpkg.metadata= -X $vpkg.gitTreeState=clean"
}
# promtool: `promtool check rules` / `promtool test rules` over config/monitoring's alerts.
# The module's vX.3YY.Z tag is Prometheus 3.YY.Z; the stamp makes `promtool --version` say so.
# remove_all_sd (Prometheus' own build tag) leaves out the cloud service discoveries rules never use.
build_promtool() {
  local v=$PROMETHEUS_VERSION minor patch; minor="$(echo "$v" | cut -d. -f2)"; patch="$(echo "$v" | cut -d. -f3)"
  CGO_ENABLED=0 GOFLAGS="$GOFLAGS -tags=remove_all_sd" build_simple promtool "$v" github.com/prometheus/prometheus \
    github.com/prometheus/prometheus/cmd/promtool promtool \
    "-X github.com/prometheus/common/version.Version=3.$((10#${minor#3})).$patch"
}
build_ferretdb() {
  local v=$FERRETDB_VERSION dir="$CACHE/ferretdb-$FERRETDB_VERSION"
  if is_built "$dir" ferretdb; then echo "$dir/bin"; return; fi
  log "building FerretDB $v (SQLite backend)"
  local mod="$dir/src"; mkdir -p "$mod" "$dir/bin"
  # FerretDB embeds build/version/version.txt, which its release process generates and the
  # module zip lacks; build from a writable copy of the module with that file written.
  local src; src="$(go mod download -json "github.com/FerretDB/FerretDB@$v" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')"
  rm -rf "$mod/ferretdb"; cp -r "$src" "$mod/ferretdb"; chmod -R u+w "$mod/ferretdb"
  echo "$v" > "$mod/ferretdb/build/version/version.txt"
  (cd "$mod/ferretdb" && go build -trimpath -ldflags "-s -w" -o "$dir/bin/ferretdb" ./cmd/ferretdb >&2)
  echo "$dir/bin"
}

what="${1:-all}"
case "$what" in
  kubernetes) build_kubernetes ;;
  etcd) build_etcd ;;
  kwok) build_kwok ;;
  ferretdb) build_ferretdb ;;
  kubernetes-node) build_kubernetes_node ;;
  containerd) build_containerd ;;
  runc) build_runc ;;
  cni) build_cni ;;
  coredns) build_coredns ;;
  kube-router) build_kube_router ;;
  helm) build_helm ;;
  promtool) build_promtool ;;
  cluster) build_etcd; build_kubernetes; build_kwok ;;
  node) build_kubernetes_node; build_containerd; build_runc; build_cni; build_coredns; build_kube_router ;;
  all) build_ferretdb; build_etcd; build_kwok; build_kubernetes; build_promtool ;;
  *) log "usage: $0 [all|cluster|node|kubernetes|kubernetes-node|etcd|kwok|ferretdb|containerd|runc|cni|coredns|kube-router|helm|promtool]"; exit 2 ;;
esac
