// The variables spec.services.<name>.env may set, checked on both sides of the contract: for each
// value, the API server (the CRD's CEL rules, operator/src/api/envrules.ts) and the service that
// reads it (its own config parser, as at start) must agree: both accept it or both refuse it.
// So a value the API server lets through never becomes a crash loop, and the CRD refuses nothing
// a service would take.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { envRules } from '../../operator/src/api/envrules.ts';
import { calendarConfig } from '../../services/calendar/main.ts';
import { entityConfig } from '../../services/entity/main.ts';
import { identityConfig } from '../../services/identity/main.ts';
import { ConfigError, type Env } from '../../services/kit/config.ts';
import { webConfig } from '../../services/web/main.ts';
import { useCluster } from '../support/localenv.ts';
import { createNamespace, installCrd, sampleIn, uniqueName } from './support/operator.ts';

const key = 'ab'.repeat(32);
/** What the operator sets on each service (urls, keys), so that only the variable under test can fail. */
const services = {
  entity: { parse: entityConfig, env: { MONGO_URL: 'mongodb://m/x', ID_ENCRYPTION_KEY: key } },
  identity: {
    parse: identityConfig,
    // SMTP_PORT and SMTP_SECURE are read only when SMTP_HOST is set.
    env: { MONGO_URL: 'mongodb://m/x', ENTITY_URL: 'http://e', SESSION_KEY: key, SMTP_HOST: 'smtp' },
  },
  web: { parse: webConfig, env: { ENTITY_URL: 'http://e', IDENTITY_URL: 'http://i', SESSION_KEY: key } },
  calendar: { parse: calendarConfig, env: { ENTITY_URL: 'http://e' } },
} satisfies Record<string, { parse: (env: Env) => unknown; env: Env }>;
type Service = keyof typeof services;

/** [variable, the service that reads it, values it takes, values it refuses] */
const cases: Array<[string, Service, string[], string[]]> = [
  ['LOG_LEVEL', 'entity', ['debug', 'silent', ''], ['warning', 'INFO']],
  ['WEB_LOCALE', 'web', ['en', 'zh-CN'], ['fr', 'zh']],
  ['SMTP_SECURE', 'identity', ['true', 'false'], ['yes', '1']],
  ['SMTP_PORT', 'identity', ['465', '65535', '007'], ['0', '70000', 'abc', '-1']],
  ['DATA_POLL_MS', 'entity', ['0', '3600000'], ['3600001', '1.5', '-1']],
  ['RELOAD_QUIET_MS', 'entity', ['60000'], ['60001', '1e3']],
  ['VERSION_TTL_MS', 'calendar', ['2000'], ['99999999']],
  ['TOKEN_CACHE_MS', 'calendar', ['0'], ['ten']],
  ['CACHE_MAX_BYTES', 'calendar', ['0', '1048576'], ['lots', '1.5']],
  [
    'PUBLIC_URL',
    'identity',
    ['https://everyclass.example.edu', 'http://127.0.0.1:8080/x'],
    ['ftp://x', 'not a url'],
  ],
  ['CALENDAR_PUBLIC_URL', 'web', ['https://cal.example.edu'], ['example.edu', 'mailto:a@b']],
];

function serviceTakes(service: Service, name: string, value: string): boolean {
  const s = services[service];
  try {
    s.parse({ ...s.env, [name]: value });
    return true;
  } catch (err) {
    if (err instanceof ConfigError) return false;
    throw err;
  }
}

describe('spec env: the API server refuses exactly what the services would (issue 19)', function () {
  this.timeout(180_000);
  let cluster: LocalCluster;
  let ns: string;

  const apiTakes = async (service: Service, name: string, value: string): Promise<boolean> => {
    const env = sampleIn('testing', ns, {
      services: { web: {}, entity: {}, identity: {}, calendar: {}, [service]: { env: [{ name, value }] } },
    });
    const file = join(tmpdir(), `${uniqueName('env')}.json`);
    writeFileSync(file, JSON.stringify(env));
    try {
      await cluster.kubectl('create', '--dry-run=server', '-n', ns, '-f', file);
      return true;
    } catch (err) {
      const stderr = String((err as { stderr?: string }).stderr ?? err);
      assert.match(stderr, new RegExp(`spec\\.services\\.${service}\\.env\\[0\\]\\.value.*${name} must be`));
      return false;
    }
  };

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-env'));
  });
  after(async () => {
    await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('covers every variable with a rule', () => {
    assert.deepEqual(cases.map(([name]) => name).sort(), envRules.flatMap((r) => r.names).sort());
  });

  for (const [name, service, good, bad] of cases) {
    it(`${name} (${service}): both take ${good.map((v) => JSON.stringify(v)).join(', ')}; both refuse ${bad.map((v) => JSON.stringify(v)).join(', ')}`, async () => {
      for (const [value, want] of [
        ...good.map((v) => [v, true] as const),
        ...bad.map((v) => [v, false] as const),
      ]) {
        assert.equal(
          serviceTakes(service, name, value),
          want,
          `${service} parsing ${name}=${JSON.stringify(value)}`,
        );
        assert.equal(
          await apiTakes(service, name, value),
          want,
          `API server on ${name}=${JSON.stringify(value)}`,
        );
      }
    });
  }
});
