// What the services accept at start for the variables spec.services.<name>.env may set: the same
// checks as services/kit/config.ts and each service's main, as CEL rules on an env entry, so that
// the API server refuses (naming the field) what would otherwise be a crash loop.
// test/e2e/operator-validation.test.ts feeds the same values to the API server and to the services'
// own parsers and checks that both accept or both refuse them.
import type { CelRule } from './schema.ts';

export interface EnvRule {
  /** Variables the rule is about. */
  names: readonly string[];
  /** CEL over the entry's value `v` (a string; an empty or absent value means "unset" and passes). */
  accepts: string;
  /** What the value must be (the message names the variable). */
  must: string;
}

const intIn = (min: number, max: number): string =>
  `v.matches('^[0-9]{1,16}$') && int(v) >= ${min} && int(v) <= ${max}`;

export const envRules: readonly EnvRule[] = [
  {
    names: ['LOG_LEVEL'],
    accepts: "v in ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']",
    must: 'one of fatal, error, warn, info, debug, trace, silent',
  },
  { names: ['WEB_LOCALE'], accepts: "v in ['zh-CN', 'en']", must: 'zh-CN or en' },
  { names: ['SMTP_SECURE'], accepts: "v in ['true', 'false']", must: 'true or false' },
  { names: ['SMTP_PORT'], accepts: intIn(1, 65535), must: 'a whole number from 1 to 65535' },
  {
    names: ['DATA_POLL_MS', 'VERSION_TTL_MS', 'TOKEN_CACHE_MS'],
    accepts: intIn(0, 3_600_000),
    must: 'a whole number of milliseconds from 0 to 3600000',
  },
  {
    names: ['RELOAD_QUIET_MS'],
    accepts: intIn(0, 60_000),
    must: 'a whole number of milliseconds from 0 to 60000',
  },
  { names: ['CACHE_MAX_BYTES'], accepts: intIn(0, Number.MAX_SAFE_INTEGER), must: 'a whole number of bytes' },
  {
    names: ['PUBLIC_URL', 'CALENDAR_PUBLIC_URL'],
    accepts: "isURL(v) && url(v).getScheme() in ['http', 'https'] && url(v).getHost() != ''",
    must: 'an http or https URL',
  },
];

/**
 * Variables spec env may never set, whatever the service: they control the runtime rather than
 * the service (NODE_OPTIONS loads code into a pinned image; LD_* the loader), or where the kit
 * writes (TERMINATION_MESSAGE_PATH). Prefixes end with `_`.
 */
export const runtimeEnvPrefixes: readonly string[] = ['NODE_', 'LD_', 'UV_', 'NPM_CONFIG_'];
export const runtimeEnvNames: readonly string[] = ['TERMINATION_MESSAGE_PATH'];

/**
 * Rules on every env entry, whatever its name: no `$(` in a value (Kubernetes expands `$(VAR)`
 * from the variables before it, the Secret-fed keys included, and `$$(` is its escape: a value
 * such as `https://$(SESSION_KEY)@host` would send the key out without any Secret read right), and
 * none of the runtime-controlling names.
 */
export const entryCelRules: readonly CelRule[] = [
  {
    rule: "!has(self.value) || !self.value.contains('$(')",
    message:
      'env values may not contain $( (Kubernetes would expand $(VAR) from the other variables, the keys included)',
    fieldPath: '.value',
    reason: 'FieldValueForbidden',
  },
  {
    rule: `!(${[
      ...runtimeEnvPrefixes.map((p) => `self.name.startsWith('${p}')`),
      `self.name in [${runtimeEnvNames.map((n) => `'${n}'`).join(', ')}]`,
    ].join(' || ')})`,
    messageExpression: "self.name + ' controls the runtime, not the service: spec env may not set it'",
    fieldPath: '.name',
    reason: 'FieldValueForbidden',
  },
];

/** One CEL rule per EnvRule on an env entry ({name, value}), the message naming the variable. */
export function envCelRules(rules: readonly EnvRule[] = envRules): CelRule[] {
  return rules.map((r) => {
    const names = r.names.map((n) => `'${n}'`).join(', ');
    const accepts = r.accepts.replaceAll(/\bv\b/g, 'self.value');
    return {
      rule: `!(self.name in [${names}]) || !has(self.value) || self.value == '' || (${accepts})`,
      messageExpression: `self.name + ' must be ${r.must}, got ' + self.value`,
      fieldPath: '.value',
      reason: 'FieldValueInvalid',
    };
  });
}
