#!/usr/bin/env bash
# make e2e-kind: the product on real pods in a kind cluster (needs Docker and kind; machines
# without a container engine use the real node of the local control plane instead). Creates the
# cluster, builds and loads the image, deploys the operator (config/default), applies the three
# samples, waits for them with kubectl wait / rollout status, checks that web, the front door
# (the mirror proxy) and the calendar feed answer through the API server's service proxy, then
# runs the shared real-pod scenario file against the same cluster, and deletes the cluster.
#
# Hook: E2E_SCENARIO (default test/e2e/real-pods.test.ts) is run with mocha when it exists, with
#   EVERYCLASS_E2E_KUBECONFIG  the kind cluster's kubeconfig (use it instead of a local cluster)
#   EVERYCLASS_E2E_IMAGE_TAG   the tag of the image built here (also tagged $NEXT and 0.1.0)
#   EVERYCLASS_E2E_NAMESPACES  the namespaces where the samples run (everyclass-<tier>, Ready)
set -euo pipefail
cd "$(dirname "$0")/.."
CLUSTER="${KIND_CLUSTER:-everyclass-e2e}"
VERSION="${E2E_VERSION:-e2e}"
NEXT="${E2E_NEXT_VERSION:-e2e-next}"
SCENARIO="${E2E_SCENARIO:-test/e2e/real-pods.test.ts}"
IMAGE="ghcr.io/everyclass/everyclass"
TIERS=(staging testing production)
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
docker tag "$IMAGE:$VERSION" "$IMAGE:$NEXT"
docker tag "$IMAGE:$VERSION" "$IMAGE:0.1.0" # the tag config/manager runs
kind load docker-image --name "$CLUSTER" "$IMAGE:$VERSION" "$IMAGE:$NEXT" "$IMAGE:0.1.0"

kubectl apply --server-side -k config/default
kubectl -n everyclass-system rollout status deployment/everyclass-operator --timeout=180s

for tier in "${TIERS[@]}"; do
  kubectl create namespace "everyclass-$tier" --dry-run=client -o yaml | kubectl apply -f -
  # kind's only StorageClass is "standard"; the samples run the image just built.
  sed -e 's/storageClassName: nfs-client/storageClassName: standard/' \
    -e "s/version: \"2\.3\.[0-9]\"/version: \"$VERSION\"/" \
    "config/samples/$tier.yaml" | kubectl apply -n "everyclass-$tier" -f -
done
for tier in "${TIERS[@]}"; do
  kubectl -n "everyclass-$tier" wait --for=condition=Ready "ece/$tier" --timeout=600s
  kubectl -n "everyclass-$tier" rollout status "statefulset/$tier-mongo" --timeout=300s
  kubectl -n "everyclass-$tier" rollout status deployment \
    --selector "app.kubernetes.io/instance=$tier" --timeout=300s
done
kubectl get ece -A

# GET through the API server's proxy to a Service port: the Services the operator makes are
# <env>-<service>, port 80 named http (services/kit/contract.ts); no port-forward to wait for.
get() { kubectl get --raw "/api/v1/namespaces/everyclass-$1/services/http:$2:http/proxy$3" 2>&1; }
answers() { # answers WHAT PATTERN TIER SERVICE PATH: the answer (or the error) matches PATTERN
  local out
  out=$(get "$3" "$4" "$5") || true
  grep -q -- "$2" <<<"$out" || { echo "e2e-kind: $1: expected $2, got: ${out:0:300}" >&2; exit 1; }
  echo "e2e-kind: $1: OK"
}
answers "production web" '<html' production production-web /
answers "production's front door (the mirror proxy)" '<html' production production-mirror /
answers "staging web ready" '"status":"ok"' staging staging-web /readyz
answers "an unknown feed token is 404" NotFound production production-calendar /calendar/ics/unknown-token.ics

if [[ -f "$SCENARIO" ]]; then
  EVERYCLASS_E2E_KUBECONFIG="$KUBECONFIG" EVERYCLASS_E2E_IMAGE_TAG="$VERSION" \
    EVERYCLASS_E2E_NAMESPACES="${TIERS[*]/#/everyclass-}" npx mocha "$SCENARIO"
else
  echo "e2e-kind: no scenario file $SCENARIO yet: promoting by hand"
  kubectl -n everyclass-staging patch ece staging --type merge -p "{\"spec\":{\"version\":\"$NEXT\"}}"
  npx everyclass rollout wait everyclass-staging/staging --version "$NEXT" --timeout 10m
  npx everyclass promote --from everyclass-staging/staging --to everyclass-production/production
  npx everyclass rollout wait everyclass-production/production --version "$NEXT" --timeout 10m
fi
echo "e2e-kind: passed"
[[ -z "${KEEP_CLUSTER:-}" ]] || echo "e2e-kind: the cluster stays: export KUBECONFIG=$KUBECONFIG"
