// Credentials of the local cluster, made before kube-apiserver starts (it reads them at start):
// static tokens for the admin and for each real-node component (each its own user, so RBAC and
// the Node authorizer see who is asking), the service-account signing key pair, and a small CA
// whose certificates let kube-apiserver and kubelet authenticate each other.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const realNodeName = 'everyclass-node-0';

/** Users of the static token file: name → [user, groups]. */
const tokenUsers = {
  admin: ['everyclass-admin', ['system:masters']],
  kubelet: [`system:node:${realNodeName}`, ['system:nodes']],
  kubeProxy: ['system:kube-proxy', []],
  coredns: ['everyclass:coredns', []],
  volumes: ['everyclass:local-volumes', []],
  networkPolicies: ['everyclass:network-policies', []],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

export type TokenUser = keyof typeof tokenUsers;
export const tokenUserName = (who: TokenUser): string => tokenUsers[who][0];

export interface ClusterPki {
  dir: string;
  tokens: Record<TokenUser, string>;
  caCert: string;
  /** kube-apiserver's client certificate towards kubelets. */
  kubeletClientCert: string;
  kubeletClientKey: string;
  /** kubelet's serving certificate (for the node IP), checked by kube-apiserver. */
  kubeletServingCert: string;
  kubeletServingKey: string;
  saKey: string;
  saPub: string;
}

/** Writes every credential under `<dir>` (mode 0600 for secrets) and returns their paths. */
export function writeClusterPki(dir: string, nodeIp: string): ClusterPki {
  mkdirSync(dir, { recursive: true });
  const tokens = Object.fromEntries(
    Object.keys(tokenUsers).map((k) => [k, randomBytes(24).toString('hex')]),
  ) as Record<TokenUser, string>;
  const csv = (Object.entries(tokenUsers) as Array<[TokenUser, (typeof tokenUsers)[TokenUser]]>)
    .map(([k, [user, groups]]) => `${tokens[k]},${user},${user},"${groups.join(',')}"`)
    .join('\n');
  writeFileSync(join(dir, 'tokens.csv'), `${csv}\n`, { mode: 0o600 });

  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const saKey = join(dir, 'sa.key');
  const saPub = join(dir, 'sa.pub');
  writeFileSync(saKey, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  writeFileSync(saPub, publicKey.export({ type: 'spki', format: 'pem' }));

  const ca = join(dir, 'ca');
  openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${ca}.key`]);
  openssl(dir, [
    'req',
    '-x509',
    '-new',
    '-key',
    `${ca}.key`,
    '-sha256',
    '-days',
    '30',
    '-subj',
    '/CN=everyclass-local-ca',
    '-out',
    `${ca}.crt`,
  ]);
  const client = issue(dir, 'kubelet-client', '/O=system:masters/CN=kube-apiserver-kubelet-client', [
    'extendedKeyUsage=clientAuth',
  ]);
  const serving = issue(dir, 'kubelet-serving', `/O=system:nodes/CN=system:node:${realNodeName}`, [
    'extendedKeyUsage=serverAuth',
    `subjectAltName=IP:${nodeIp},DNS:${realNodeName}`,
  ]);
  return {
    dir,
    tokens,
    caCert: `${ca}.crt`,
    kubeletClientCert: client.cert,
    kubeletClientKey: client.key,
    kubeletServingCert: serving.cert,
    kubeletServingKey: serving.key,
    saKey,
    saPub,
  };
}

function issue(dir: string, name: string, subject: string, extensions: string[]) {
  const key = join(dir, `${name}.key`);
  const csr = join(dir, `${name}.csr`);
  const cert = join(dir, `${name}.crt`);
  const ext = join(dir, `${name}.ext`);
  writeFileSync(
    ext,
    `${['basicConstraints=CA:FALSE', 'keyUsage=digitalSignature', ...extensions].join('\n')}\n`,
  );
  openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  openssl(dir, ['req', '-new', '-key', key, '-subj', subject, '-out', csr]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    join(dir, 'ca.crt'),
    '-CAkey',
    join(dir, 'ca.key'),
    '-CAcreateserial',
    '-days',
    '30',
    '-sha256',
    '-extfile',
    ext,
    '-out',
    cert,
  ]);
  return { key, cert };
}

function openssl(cwd: string, args: string[]): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}
