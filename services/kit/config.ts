// Configuration comes from environment variables only, validated once at start. A missing or
// bad variable is a ConfigError naming it; `main` prints one line and exits with code 1.
import { readFileSync } from 'node:fs';
import {
  type AppConfigDocument,
  appConfigDefaults,
  feedbackUrlShape,
  type LessonSlot,
  timeZonePattern,
} from './contract.ts';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

function present(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

export function str(env: Env, name: string, fallback?: string): string {
  const v = present(env, name) ?? fallback;
  if (v === undefined) throw new ConfigError(`${name} is required`);
  return v;
}

export function optional(env: Env, name: string): string | undefined {
  return present(env, name);
}

export function int(
  env: Env,
  name: string,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got ${JSON.stringify(raw)}`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function url(env: Env, name: string, protocols: string[], fallback?: string): string {
  const raw = str(env, name, fallback);
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got ${JSON.stringify(raw)}`);
  }
  if (!protocols.includes(u.protocol)) {
    throw new ConfigError(
      `${name} must be a ${protocols.join(' or ')} URL, got ${JSON.stringify(u.protocol)}`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function parseKey(name: string, raw: string): Buffer {
  const buf = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (buf.length !== 32) throw new ConfigError(`${name} must be 32 bytes as 64 hex digits or base64`);
  return buf;
}

/** A 32-byte key given as 64 hex digits or base64 (standard or URL-safe). */
export function key32(env: Env, name: string): Buffer {
  return parseKey(name, str(env, name));
}

/** Required 32-byte keys, comma-separated (the first signs, all verify). */
export function keys32(env: Env, name: string): Buffer[] {
  return str(env, name)
    .split(',')
    .map((k) => parseKey(name, k.trim()));
}

/**
 * Optional 32-byte keys, comma-separated (the first signs, all verify: rotation adds the new key
 * first and drops the old one later); [] when unset.
 */
export function keyList(env: Env, name: string): Buffer[] {
  const raw = optional(env, name);
  if (raw === undefined) return [];
  return raw.split(',').map((k) => parseKey(name, k.trim()));
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export function logLevel(env: Env): LogLevel {
  const v = present(env, 'LOG_LEVEL') ?? 'info';
  if (!(logLevels as readonly string[]).includes(v)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got ${JSON.stringify(v)}`);
  }
  return v as LogLevel;
}

/** Settings every service reads: where to listen, logging, error reporting. */
export interface BaseConfig {
  host: string;
  port: number;
  logLevel: LogLevel;
  sentryDsn: string | undefined;
  /** Proxies in front of the service that append to X-Forwarded-For (Ingress: 1; + mirror proxy: 2). */
  trustedProxyHops: number;
  /** RPC_KEY: the environment's key every service signs its calls with and checks (callers.ts). */
  rpcKeys: Buffer[];
  /** ADMIN_KEY: the only key admin methods accept (entity's ImportSemester). */
  adminKeys: Buffer[];
  /** SHADOW_KEY: the key the shadow proxy in front signs its copies' flag with. */
  shadowKeys: Buffer[];
}

export function baseConfig(env: Env): BaseConfig {
  return {
    host: str(env, 'HOST', '0.0.0.0'),
    port: int(env, 'PORT', 8080, 0, 65535),
    logLevel: logLevel(env),
    sentryDsn: optional(env, 'SENTRY_DSN'),
    trustedProxyHops: int(env, 'TRUSTED_PROXY_HOPS', 1, 1, 5),
    rpcKeys: keyList(env, 'RPC_KEY'),
    adminKeys: keyList(env, 'ADMIN_KEY'),
    shadowKeys: keyList(env, 'SHADOW_KEY'),
  };
}

export type { LessonSlot };

/** The school-wide settings (APP_CONFIG: path to a JSON file; every field optional). */
export type AppConfig = Pick<
  AppConfigDocument,
  'schoolName' | 'emailDomain' | 'timezone' | 'semesters' | 'lessonSlots' | 'tier' | 'feedbackUrl'
>;

/** What a service assumes without APP_CONFIG, or for a field the document leaves out. */
export const defaultAppConfig: AppConfig = {
  schoolName: appConfigDefaults.schoolName,
  emailDomain: appConfigDefaults.emailDomain,
  timezone: appConfigDefaults.timezone,
  semesters: [...appConfigDefaults.semesters],
  lessonSlots: [...appConfigDefaults.lessonSlots],
};

/** The IANA zone `zone` names (Asia/Shanghai, UTC), as this runtime spells it; undefined if none. */
export function canonicalZone(zone: string): string | undefined {
  if (!ianaZoneName.test(zone)) return undefined; // not an offset such as +08:00
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
const ymd = /^\d{4}-\d{2}-\d{2}$/;
const semesterName = /^\d{4}-\d{4}-[12]$/;
const ianaZoneName = new RegExp(timeZonePattern);
const feedbackUrlPattern = new RegExp(feedbackUrlShape);

/** Validates an APP_CONFIG document; throws ConfigError naming the first bad field. */
export function parseAppConfig(doc: unknown, source = 'APP_CONFIG'): AppConfig {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new ConfigError(`${source} must be a JSON object`);
  }
  const o = doc as Record<string, unknown>;
  const out: AppConfig = { ...defaultAppConfig };
  for (const k of ['schoolName', 'emailDomain'] as const) {
    if (o[k] === undefined) continue;
    if (typeof o[k] !== 'string' || o[k] === '')
      throw new ConfigError(`${source}: ${k} must be a non-empty string`);
    out[k] = o[k];
  }
  if (o.tier !== undefined) {
    if (typeof o.tier !== 'string' || !/^[a-z]{1,32}$/.test(o.tier))
      throw new ConfigError(`${source}: tier must be a lower-case word such as production`);
    out.tier = o.tier;
  }
  if (o.feedbackUrl !== undefined) {
    if (typeof o.feedbackUrl !== 'string' || !feedbackUrlPattern.test(o.feedbackUrl))
      throw new ConfigError(`${source}: feedbackUrl must be an https:, http: or mailto: URL`);
    out.feedbackUrl = o.feedbackUrl;
  }
  if (o.timezone !== undefined) {
    const zone = typeof o.timezone === 'string' ? canonicalZone(o.timezone) : undefined;
    if (!zone) throw new ConfigError(`${source}: timezone must be an IANA time zone such as Asia/Shanghai`);
    out.timezone = zone;
  }
  if (o.semesters !== undefined) {
    if (!Array.isArray(o.semesters)) throw new ConfigError(`${source}: semesters must be a list`);
    out.semesters = o.semesters.map((s: unknown, i) => {
      const r = (s ?? {}) as Record<string, unknown>;
      if (typeof r.name !== 'string' || !semesterName.test(r.name)) {
        throw new ConfigError(`${source}: semesters[${i}].name must look like 2026-2027-1`);
      }
      if (typeof r.start !== 'string' || !ymd.test(r.start) || Number.isNaN(Date.parse(r.start))) {
        throw new ConfigError(`${source}: semesters[${i}].start must be a date YYYY-MM-DD`);
      }
      return { name: r.name, start: r.start };
    });
  }
  if (o.lessonSlots !== undefined) {
    if (!Array.isArray(o.lessonSlots) || o.lessonSlots.length === 0) {
      throw new ConfigError(`${source}: lessonSlots must be a non-empty list`);
    }
    out.lessonSlots = o.lessonSlots.map((s: unknown, i) => {
      const r = (s ?? {}) as Record<string, unknown>;
      if (
        typeof r.start !== 'string' ||
        !hhmm.test(r.start) ||
        typeof r.end !== 'string' ||
        !hhmm.test(r.end)
      ) {
        throw new ConfigError(`${source}: lessonSlots[${i}] must be {"start":"HH:MM","end":"HH:MM"}`);
      }
      if (r.end <= r.start) throw new ConfigError(`${source}: lessonSlots[${i}] ends before it starts`);
      return { start: r.start, end: r.end };
    });
  }
  return out;
}

export function loadAppConfig(env: Env): AppConfig {
  const path = optional(env, 'APP_CONFIG');
  if (path === undefined) return defaultAppConfig;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `APP_CONFIG: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ConfigError(`APP_CONFIG: ${path} is not valid JSON`);
  }
  return parseAppConfig(doc, `APP_CONFIG (${path})`);
}
