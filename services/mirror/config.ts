// The shadow proxy's configuration: environment variables only, validated once at start. A bad
// variable is a ConfigError naming it (main prints one line and exits 1). README.md lists the
// contract the operator relies on.

import type { LogLevel } from '../kit/config.ts';
import { baseConfig, ConfigError, type Env, int, keyList, optional, str, url } from '../kit/config.ts';

export type Sticky = { kind: 'none' } | { kind: 'cookie'; name: string } | { kind: 'client-ip' };

export interface MirrorConfig {
  host: string;
  /** The proxied (production) traffic. */
  port: number;
  /** /healthz, /readyz, /metrics, /_mirror/stats, /_mirror/mismatches. */
  adminPort: number;
  logLevel: LogLevel;
  sentryDsn: string | undefined;
  /** Production web, e.g. http://web.production.svc:8080 (no trailing slash). */
  upstreamUrl: string;
  /** Path on the upstream that /readyz asks (any answer below 500 means ready). */
  upstreamHealthPath: string;
  /** Milliseconds to let in-flight requests finish on SIGTERM. */
  drainGraceMs: number;
  mirror: MirrorPolicy;
}

export interface MirrorPolicy {
  /** Staging web; undefined = mirroring off (the proxy only forwards). */
  targetUrl: string | undefined;
  /** Share of eligible requests copied, 0–100 (decimals allowed). */
  percent: number;
  /** Upper-case HTTP methods that may be mirrored. */
  methods: ReadonlySet<string>;
  sticky: Sticky;
  /** Keep Cookie and Authorization on mirrored requests (default: stripped). */
  keepCredentials: boolean;
  /** Compare staging's answers with production's. */
  compare: boolean;
  /** Worker threads computing body digests in compare mode (0: on the event loop). */
  compareWorkers: number;
  maxInflight: number;
  queue: number;
  /** Deadline of one mirrored request, from the moment it is queued. */
  timeoutMs: number;
  /** Extra rules (regular expressions) blanking volatile parts of bodies before comparing. */
  ignore: RegExp[];
  /** Whether the built-in volatile-part rules (timestamps, UUIDs, CSRF tokens, request ids) apply. */
  ignoreDefaults: boolean;
  /** Share (0–100) of compared copies for which production is asked a second time to learn noise. */
  noisePercent: number;
  /** Second asks of production per second at most (0: no noise learning). */
  noiseMaxPerSecond: number;
  /** MIRROR_UPSTREAM_SHADOW_KEY: production's shadow key, signing the second asks' flag (none: no learning). */
  upstreamShadowKey: Buffer | undefined;
  /** How many mismatch samples /_mirror/mismatches keeps. */
  samples: number;
  /** Largest request or response body buffered for mirroring or comparison. */
  maxBodyBytes: number;
  /** MIRROR_SHADOW_KEY: the target's shadow key; copies carry its signature of their flag. */
  shadowKey: Buffer | undefined;
}

// Not (yet) in services/kit/config.ts: booleans, decimal percentages, lists.
function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(raw)}`);
}

function percent(env: Env, name: string, fallback: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || n > 100) {
    throw new ConfigError(`${name} must be a number from 0 to 100, got ${JSON.stringify(raw)}`);
  }
  return n;
}

function methods(env: Env, name: string, fallback: string): ReadonlySet<string> {
  const raw = str(env, name, fallback);
  const list = raw.split(',').map((m) => m.trim().toUpperCase());
  for (const m of list) {
    if (!/^[A-Z]+$/.test(m))
      throw new ConfigError(
        `${name} must be a comma-separated list of HTTP methods, got ${JSON.stringify(raw)}`,
      );
  }
  return new Set(list);
}

function sticky(env: Env, name: string): Sticky {
  const raw = str(env, name, 'none');
  if (raw === 'none') return { kind: 'none' };
  if (raw === 'client-ip') return { kind: 'client-ip' };
  const m = /^cookie:([!#$%&'*+.^_`|~0-9A-Za-z-]+)$/.exec(raw);
  if (m?.[1]) return { kind: 'cookie', name: m[1] };
  throw new ConfigError(`${name} must be none, client-ip or cookie:<name>, got ${JSON.stringify(raw)}`);
}

/** A JSON array of regular expressions, e.g. ["nonce=\"[^\"]*\"", "(?i:generated in \\d+ ms)"]. */
function regexList(env: Env, name: string): RegExp[] {
  const raw = optional(env, name);
  if (raw === undefined) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    throw new ConfigError(`${name} must be a JSON array of regular expressions`);
  }
  if (!Array.isArray(doc)) throw new ConfigError(`${name} must be a JSON array of regular expressions`);
  return doc.map((src: unknown, i) => {
    if (typeof src !== 'string' || src === '')
      throw new ConfigError(`${name}[${i}] must be a non-empty string`);
    try {
      return new RegExp(src, 'g');
    } catch (err) {
      throw new ConfigError(`${name}[${i}] is not a valid regular expression: ${(err as Error).message}`);
    }
  });
}

export function loadConfig(env: Env): MirrorConfig {
  const base = baseConfig(env);
  const upstreamUrl = url(env, 'UPSTREAM_URL', ['http:']);
  const targetRaw = optional(env, 'MIRROR_TARGET_URL');
  const targetUrl = targetRaw === undefined ? undefined : url(env, 'MIRROR_TARGET_URL', ['http:']);
  const healthPath = str(env, 'UPSTREAM_HEALTH_PATH', '/healthz');
  if (!healthPath.startsWith('/')) throw new ConfigError('UPSTREAM_HEALTH_PATH must start with /');
  const adminPort = int(env, 'ADMIN_PORT', 9090, 0, 65535);
  if (adminPort === base.port && adminPort !== 0) throw new ConfigError('ADMIN_PORT must differ from PORT');
  return {
    host: base.host,
    port: base.port,
    adminPort,
    logLevel: base.logLevel,
    sentryDsn: base.sentryDsn,
    upstreamUrl,
    upstreamHealthPath: healthPath,
    drainGraceMs: int(env, 'DRAIN_GRACE_MS', 10_000, 0, 600_000),
    mirror: {
      targetUrl,
      percent: percent(env, 'MIRROR_PERCENT', 0),
      methods: methods(env, 'MIRROR_METHODS', 'GET,HEAD'),
      sticky: sticky(env, 'MIRROR_STICKY'),
      keepCredentials: bool(env, 'MIRROR_KEEP_CREDENTIALS', false),
      compare: bool(env, 'MIRROR_COMPARE', false),
      compareWorkers: int(env, 'MIRROR_COMPARE_WORKERS', 1, 0, 16),
      maxInflight: int(env, 'MIRROR_MAX_INFLIGHT', 32, 1, 10_000),
      queue: int(env, 'MIRROR_QUEUE', 128, 0, 100_000),
      timeoutMs: int(env, 'MIRROR_TIMEOUT_MS', 2000, 1, 600_000),
      ignore: regexList(env, 'MIRROR_IGNORE'),
      ignoreDefaults: bool(env, 'MIRROR_IGNORE_DEFAULTS', true),
      noisePercent: percent(env, 'MIRROR_NOISE_PERCENT', 1),
      noiseMaxPerSecond: int(env, 'MIRROR_NOISE_MAX_PER_SECOND', 2, 0, 1000),
      upstreamShadowKey: keyList(env, 'MIRROR_UPSTREAM_SHADOW_KEY')[0],
      samples: int(env, 'MIRROR_SAMPLES', 50, 0, 10_000),
      maxBodyBytes: int(env, 'MIRROR_MAX_BODY_BYTES', 1 << 20, 0, 64 << 20),
      shadowKey: keyList(env, 'MIRROR_SHADOW_KEY')[0],
    },
  };
}

/** Mirroring is on when there is a target and a share above zero. */
export function mirroringEnabled(p: MirrorPolicy): boolean {
  return p.targetUrl !== undefined && p.percent > 0;
}

export function stickyLabel(s: Sticky): string {
  return s.kind === 'cookie' ? `cookie:${s.name}` : s.kind;
}
