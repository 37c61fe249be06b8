// Kubeconfigs holding a bearer token: the local cluster's admin and node components (tokens of
// pki.ts), and a ServiceAccount's, so that the operator runs with exactly the rights config/rbac
// grants it, under `make up` as in the e2e tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { repoRoot } from './tools.ts';

/** A kubeconfig's cluster entry: the API server and how to trust it. */
type ClusterEntry = { server: string } & Record<string, unknown>;

/** What these helpers need of a cluster: kubectl against it and its (admin) kubeconfig file. */
interface Kube {
  kubectl(...args: string[]): Promise<string>;
  kubeconfig: string;
}

/** The ServiceAccount config/rbac creates for the operator. */
export const operatorAccount = { namespace: 'everyclass-system', name: 'everyclass-operator' } as const;

function tokenKubeconfig(cluster: ClusterEntry, user: string, token: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'everyclass-local', cluster }],
    users: [{ name: user, user: { token } }],
    contexts: [{ name: 'everyclass-local', context: { cluster: 'everyclass-local', user } }],
    'current-context': 'everyclass-local',
  });
}

/** A kubeconfig of the local cluster at `server`, trusting `ca` (none: TLS unverified), as `token`. */
export function kubeconfigYaml(server: string, token: string, ca: Buffer | undefined): string {
  const cluster: ClusterEntry = { server };
  if (ca) cluster['certificate-authority-data'] = ca.toString('base64');
  else cluster['insecure-skip-tls-verify'] = true;
  return tokenKubeconfig(cluster, 'everyclass-admin', token);
}

/** The cluster entry of a kubeconfig's current context (the first cluster when it names none). */
function currentCluster(kubeconfig: string): ClusterEntry {
  const config = parse(kubeconfig) as {
    clusters?: Array<{ name: string; cluster: ClusterEntry }>;
    contexts?: Array<{ name: string; context: { cluster: string } }>;
    'current-context'?: string;
  };
  const name = config.contexts?.find((c) => c.name === config['current-context'])?.context.cluster;
  const entry = (config.clusters?.find((c) => c.name === name) ?? config.clusters?.[0])?.cluster;
  if (!entry) throw new Error('the kubeconfig names no cluster');
  return entry;
}

/**
 * Writes `file` (mode 0600), a kubeconfig of `kube`'s cluster holding a new token of ServiceAccount
 * `account` valid for `duration` (e.g. 2h): a client with exactly that account's rights.
 */
export async function serviceAccountKubeconfig(
  kube: Kube,
  account: { namespace: string; name: string },
  file: string,
  duration: string,
): Promise<string> {
  const { namespace, name } = account;
  const token = (
    await kube.kubectl('create', 'token', name, '-n', namespace, `--duration=${duration}`)
  ).trim();
  const cluster = currentCluster(readFileSync(kube.kubeconfig, 'utf8'));
  writeFileSync(file, tokenKubeconfig(cluster, name, token), { mode: 0o600 });
  return file;
}

/** Installs config/rbac (the operator's ServiceAccount, roles and bindings), its namespace first. */
export async function installOperatorRbac(kube: Kube, fieldManager: string): Promise<void> {
  const { namespace } = operatorAccount;
  const have = await kube.kubectl('get', 'namespace', namespace, '--ignore-not-found', '-o', 'name');
  if (!have.trim()) await kube.kubectl('create', 'namespace', namespace);
  await kube.kubectl(
    'apply',
    '--server-side',
    '--force-conflicts',
    `--field-manager=${fieldManager}`,
    '-n',
    namespace,
    '-k',
    join(repoRoot, 'config', 'rbac'),
  );
}
