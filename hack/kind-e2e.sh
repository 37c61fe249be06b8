#!/usr/bin/env bash
# make e2e-kind: the product on real pods in a kind cluster (needs Docker and kind; machines
# without a container engine use the real node of the local control plane instead). Creates the
# cluster, builds and loads our image (also as TAG-next, and TAG-crash whose pods exit at once),
# then runs the one scenario file of the real-pod paths, test/e2e/real-journeys.test.ts, against
# it (EVERYCLASS_E2E_KUBECONFIG, EVERYCLASS_E2E_IMAGE_TAG), and deletes the cluster.
# Known limit: the scenario reaches Services and pods by their cluster addresses from the host, as
# the real node allows; on kind that needs the host routed into the kind network (e.g. Linux with
# `ip route add 10.96.0.0/12 via <kind node IP>`). It has never run here (no Docker).
set -euo pipefail
cd "$(dirname "$0")/.."
CLUSTER="${KIND_CLUSTER:-everyclass-e2e}"
VERSION="${E2E_VERSION:-e2e}"
SCENARIO="${E2E_SCENARIO:-test/e2e/real-journeys.test.ts}"
IMAGE="ghcr.io/everyclass/everyclass"
for bin in docker kind kubectl npx; do
  command -v "$bin" >/dev/null || { echo "e2e-kind: $bin is required" >&2; exit 1; }
done
export KUBECONFIG
KUBECONFIG="$(mktemp -t everyclass-kind-XXXXXX.kubeconfig)"
cleanup() {
  [[ -n "${KEEP_CLUSTER:-}" ]] || kind delete cluster --name "$CLUSTER" >/dev/null 2>&1 || true
  [[ -n "${KEEP_CLUSTER:-}" ]] || rm -f "$KUBECONFIG"
}
trap cleanup EXIT

kind create cluster --name "$CLUSTER" --kubeconfig "$KUBECONFIG" --wait 120s
docker build -t "$IMAGE:$VERSION" --build-arg VERSION="$VERSION" .
docker tag "$IMAGE:$VERSION" "$IMAGE:$VERSION-next"
# A release whose pods really crash: our image, its entry point exiting at once.
printf 'FROM %s\nENTRYPOINT ["/bin/sh", "-c", "echo this build exits at start >&2; exit 3"]\n' "$IMAGE:$VERSION" |
  docker build -t "$IMAGE:$VERSION-crash" -
kind load docker-image --name "$CLUSTER" "$IMAGE:$VERSION" "$IMAGE:$VERSION-next" "$IMAGE:$VERSION-crash"

# The scenario installs the operator (config/default) and the samples itself, exactly as
# `make up` does on a real node (hack/localenv/up-pods.ts), then walks the users' journeys.
EVERYCLASS_E2E_KUBECONFIG="$KUBECONFIG" EVERYCLASS_E2E_IMAGE_TAG="$VERSION" npx mocha "$SCENARIO"
echo "e2e-kind: passed"
[[ -z "${KEEP_CLUSTER:-}" ]] || echo "e2e-kind: the cluster stays: export KUBECONFIG=$KUBECONFIG"
