#!/usr/bin/env bash
# make e2e-kind: the same story on a real cluster with Docker and kind (not runnable on
# machines without a container engine). Creates a kind cluster, builds and loads the image,
# deploys the operator, applies the samples, waits for Ready with real pods (MongoDB really
# running), fetches the web page and a calendar feed through port-forward, promotes a version
# and tears everything down.
set -euo pipefail
cd "$(dirname "$0")/.."
CLUSTER="${KIND_CLUSTER:-everyclass-e2e}"
VERSION="${E2E_VERSION:-e2e}"
NEXT="${E2E_NEXT_VERSION:-e2e-next}"
IMAGE="ghcr.io/everyclass/everyclass"
for bin in docker kind kubectl; do
  command -v "$bin" >/dev/null || { echo "e2e-kind: $bin is required" >&2; exit 1; }
done
cleanup() { [[ -n "${KEEP_CLUSTER:-}" ]] || kind delete cluster --name "$CLUSTER" >/dev/null 2>&1 || true; kill "${PF_PID:-0}" 2>/dev/null || true; }
trap cleanup EXIT

kind create cluster --name "$CLUSTER" --wait 120s
docker build -t "$IMAGE:$VERSION" --build-arg VERSION="$VERSION" .
docker tag "$IMAGE:$VERSION" "$IMAGE:$NEXT"
docker tag "$IMAGE:$VERSION" "$IMAGE:0.1.0"
kind load docker-image --name "$CLUSTER" "$IMAGE:$VERSION" "$IMAGE:$NEXT" "$IMAGE:0.1.0"

kubectl apply --server-side -k config/default
kubectl -n everyclass-system rollout status deployment/everyclass-operator --timeout=180s

for env in staging testing production; do
  kubectl create namespace "everyclass-$env" --dry-run=client -o yaml | kubectl apply -f -
  # kind's default StorageClass is "standard"; pin the samples' version to the image just built.
  sed -e "s/storageClassName: nfs-client/storageClassName: standard/" -e "s/version: \"2.3.[0-9]\"/version: \"$VERSION\"/" \
    "config/samples/$env.yaml" | kubectl apply -n "everyclass-$env" -f -
done
for env in staging testing production; do
  kubectl wait -n "everyclass-$env" --for=condition=Ready "ece/$env" --timeout=600s
done
kubectl -n everyclass-production rollout status statefulset --timeout=300s
kubectl get ece -A

kubectl -n everyclass-production port-forward svc/web 18080:8080 >/dev/null 2>&1 & PF_PID=$!
sleep 3
curl -fsS http://127.0.0.1:18080/ | grep -q '<html' && echo "web page: OK"
kubectl -n everyclass-production port-forward svc/calendar 18081:8080 >/dev/null 2>&1 & PF2_PID=$!
sleep 3
code=$(curl -sS -o /dev/null -w '%{http_code}' http://127.0.0.1:18081/calendar/ics/unknown.ics)
[[ "$code" == 404 ]] && echo "calendar: unknown token answers 404: OK"
kill "$PF2_PID" 2>/dev/null || true

kubectl patch ece staging -n everyclass-staging --type merge -p "{\"spec\":{\"version\":\"$NEXT\"}}"
kubectl wait -n everyclass-staging --for=condition=Ready ece/staging --timeout=600s
npx everyclass promote --from everyclass-staging/staging --to everyclass-production/production
npx everyclass rollout wait everyclass-production/production --timeout 10m
echo "e2e-kind: passed"
