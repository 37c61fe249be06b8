// The keys of `make up`'s local services, generated once and kept across runs in its directory.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Keys = Record<'id' | 'session' | 'rpc' | 'admin' | 'shadow', string>;

/** The local environments' keys (ids, sessions, signed RPC, ImportSemester, shadow flags), kept across runs. */
export function loadOrCreateKeys(dir: string): Keys {
  const file = join(dir, 'keys.json');
  const have = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Keys>) : {};
  const fresh = () => randomBytes(32).toString('hex');
  const keys: Keys = {
    id: have.id ?? fresh(),
    session: have.session ?? fresh(),
    rpc: have.rpc ?? fresh(),
    admin: have.admin ?? fresh(),
    shadow: have.shadow ?? fresh(),
  };
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
