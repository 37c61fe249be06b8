# syntax=docker/dockerfile:1
# One image for the operator and every EveryClass service; the first argument picks one:
#   docker run ghcr.io/everyclass/everyclass:2.3.1 web
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# A build secret "ca" (optional) adds a CA bundle for npm's HTTPS where a proxy re-signs TLS;
# without it npm sees the usual roots. It is mounted for this step only, never in a layer.
RUN --mount=type=secret,id=ca NODE_EXTRA_CA_CERTS=/run/secrets/ca npm install --no-audit --no-fund --loglevel=error
COPY tsconfig.json tsconfig.build.json ./
COPY proto ./proto
COPY operator ./operator
COPY services ./services
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
ARG VERSION=dev
LABEL org.opencontainers.image.title="everyclass" \
      org.opencontainers.image.description="EveryClass (每课) timetable services and their Kubernetes operator" \
      org.opencontainers.image.source="https://github.com/everyclass/everyclass" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.version="${VERSION}"
# The footer of web shows the version the image was built as.
ENV NODE_ENV=production PORT=8080 EVERYCLASS_VERSION=${VERSION}
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY hack/image-entrypoint.sh /usr/local/bin/everyclass-entrypoint
# The node image's unprivileged user; numeric so runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/everyclass-entrypoint"]
CMD ["web"]
