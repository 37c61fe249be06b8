// The Ingress: the host routes to web (through the mirror proxy when it runs), the feed path
// /calendar/ics/ to calendar (when both run). Only the feed: a Prefix matches whole path elements
// with the trailing slash ignored, so /calendar/ would also take web's /calendar pages.
import type { V1HTTPIngressPath, V1Ingress } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { Resolved } from './defaults.ts';
import { childMeta } from './labels.ts';
import { proxyRuns } from './mirror.ts';
import { feedPrefix, names } from './names.ts';

export function buildIngress(env: EveryClassEnvironment, r: Resolved): V1Ingress | undefined {
  const spec = env.spec.ingress;
  const running = new Set(r.services.map((s) => s.name));
  if (!spec || !running.has('web')) return undefined;
  const path = (p: string, service: string): V1HTTPIngressPath => ({
    path: p,
    pathType: 'Prefix',
    backend: { service: { name: service, port: { name: 'http' } } },
  });
  const e = env.metadata.name;
  // With the mirror proxy (spec.mirror, mode proxy), web traffic goes through it; calendar never does.
  const web = proxyRuns(env, r) ? names.mirror(e) : names.service(e, 'web');
  const paths = [
    ...(running.has('calendar') ? [path(feedPrefix, names.service(e, 'calendar'))] : []),
    path('/', web),
  ];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: childMeta(env, names.ingress(env.metadata.name), 'ingress'),
    spec: {
      ...(spec.className ? { ingressClassName: spec.className } : {}),
      ...(spec.tlsSecretName ? { tls: [{ hosts: [spec.host], secretName: spec.tlsSecretName }] } : {}),
      rules: [{ host: spec.host, http: { paths } }],
    },
  };
}

/** Where the environment answers: through the Ingress when there is one, else in-cluster. */
export function endpoints(env: EveryClassEnvironment, r: Resolved): { web?: string; calendar?: string } {
  const running = new Set(r.services.map((s) => s.name));
  const ing = env.spec.ingress;
  const base = ing
    ? `${ing.tlsSecretName ? 'https' : 'http'}://${ing.host}/`
    : `http://${names.service(env.metadata.name, 'web')}.${env.metadata.namespace}.svc/`;
  const out: { web?: string; calendar?: string } = {};
  if (running.has('web')) out.web = base;
  if (running.has('calendar')) {
    out.calendar = ing
      ? `webcal://${ing.host}${feedPrefix}`
      : `http://${names.service(env.metadata.name, 'calendar')}.${env.metadata.namespace}.svc${feedPrefix}`;
  }
  return out;
}
