# everyclass — every target provisions what it needs (Node 24 when the machine's is older
# than 22.19, npm packages, the pinned control-plane binaries) on first use.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

NODE_BIN := $(shell hack/ensure-node.sh)
export PATH := $(NODE_BIN):$(PATH)
# Native addons (if any) must build against the Node that runs them, not /usr's headers.
export npm_config_nodedir := $(abspath $(NODE_BIN)/..)
LOCALENV := node hack/localenv/cli.ts

.PHONY: help setup tools build lint test test-unit e2e e2e-kind install-yaml helm-package cluster-up cluster-down store-up store-down up down image deploy undeploy

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z0-9-]+:.*## / {printf "  make %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

node_modules/.installed: package.json package-lock.json
	@# not `npm ci`: this registry omits foreign-platform optional packages from the lock, which npm ci rejects
	npm install --no-audit --no-fund --loglevel=error
	@touch $@

setup: node_modules/.installed tools ## install npm packages and build the pinned local binaries (cached)

tools: ## build the control plane, KWOK, FerretDB and (on Linux) the real node's parts into the cache
	@hack/build-tools.sh all >/dev/null
	@if [[ "$$(uname -s)" == Linux ]]; then hack/ensure-packages.sh && hack/build-tools.sh node >/dev/null; fi

build: node_modules/.installed ## compile TypeScript into dist/
	npm run build

lint: node_modules/.installed ## Biome, the type checker over all code, dependency-cruiser's import directions
	npm run lint

test: lint setup ## lint (as make lint), then the whole suite: unit, integration and e2e against a real local control plane and store
	CHROMIUM_PATH=$$(hack/ensure-chromium.sh) npm test

test-unit: node_modules/.installed ## unit tests of pure code only (no servers)
	npm run test:unit

e2e: setup ## everything under test/ (integration and e2e) on a private cluster and store (EVERYCLASS_TEST_REUSE=1: reuse make cluster-up's)
	npm run test:e2e

cluster-up: setup ## start the docker-free local control plane (etcd, apiserver, controllers, scheduler, KWOK)
	@$(LOCALENV) cluster-up

cluster-down: node_modules/.installed ## stop the local control plane and delete its state
	@$(LOCALENV) cluster-down

store-up: setup ## start the local MongoDB-wire store (FerretDB, SQLite backend)
	@$(LOCALENV) store-up

store-down: node_modules/.installed ## stop the local store and delete its data
	@$(LOCALENV) store-down

up: cluster-up store-up ## the main job: operator, production/staging/testing environments and the services, locally
	@$(LOCALENV) up

down: node_modules/.installed ## stop everything `make up` started and delete its state
	@$(LOCALENV) down
	@$(LOCALENV) cluster-down
	@$(LOCALENV) store-down
	@rm -rf "$${EVERYCLASS_UP_DIR:-$${EVERYCLASS_CACHE:-$${XDG_CACHE_HOME:-$$HOME/.cache}/everyclass}/run/up}"

IMAGE_TAG ?= dev
IMAGE ?= ghcr.io/everyclass/everyclass:$(IMAGE_TAG)
image: ## build the container image: Docker or Podman where they run, else buildah on a base made here
	@engine=$$(command -v docker || command -v podman || true); \
	if [[ -n "$$engine" ]] && "$$engine" info >/dev/null 2>&1; then "$$engine" build -t $(IMAGE) --build-arg VERSION=$(IMAGE_TAG) .; \
	else hack/ensure-packages.sh && archive=$$(hack/images/build.sh app $(IMAGE_TAG)) && \
	  echo "built $(IMAGE) with buildah (storage under the cache); OCI archive: $$archive"; fi

KUBECTL = $$(command -v kubectl || echo "$$(hack/build-tools.sh kubernetes)/kubectl")

deploy: ## install the CRD, RBAC and the operator into the cluster of the current KUBECONFIG
	$(KUBECTL) apply --server-side -k config/default

undeploy: ## remove what `make deploy` installed (environments' retained PVCs stay)
	$(KUBECTL) delete --ignore-not-found -k config/default

e2e-kind: node_modules/.installed ## on a machine with Docker + kind: build the image, deploy, samples Ready with real pods, promote, tear down
	hack/kind-e2e.sh

install-yaml: ## render config/default into dist/install.yaml (one file to kubectl apply)
	@mkdir -p dist
	$(KUBECTL) kustomize config/default > dist/install.yaml
	@echo "wrote dist/install.yaml"

helm-package: ## package the Helm chart (config/helm/everyclass, generated from config/) into dist/everyclass-<version>.tgz
	@mkdir -p dist
	"$$(hack/build-tools.sh helm)/helm" package config/helm/everyclass -d dist
