// The contract between the operator and the services, defined once: the APP_CONFIG document and
// its defaults, the environment variables the operator sets on each service, ports and paths.
// The operator's schema and builders (operator/src/api, operator/src/desired) and the services
// (services/kit, services/*/main.ts) import it; it imports nothing and holds no logic.
// services/kit/contract.test.ts feeds the operator's real output into the services' real parsers.

/** The business services an environment runs (the mirror proxy belongs to spec.mirror). */
export const serviceNames = ['web', 'entity', 'identity', 'calendar'] as const;
export type ServiceName = (typeof serviceNames)[number];

export const ports = {
  /** Container port of every service and of the mirror proxy (PORT), named `http`. */
  http: 8080,
  /** Port of every Service the operator creates (targetPort `http`). */
  service: 80,
  /** The mirror proxy's admin port (ADMIN_PORT): probes, /metrics, /_mirror/stats; never behind a Service. */
  mirrorAdmin: 9090,
  /** web's admin port (ADMIN_PORT): /readyz and /metrics, never behind a Service (the Ingress cannot reach them). */
  webAdmin: 9090,
  /** MongoDB (the StatefulSet's port `mongo`). */
  mongo: 27017,
} as const;

export const paths = {
  healthz: '/healthz',
  readyz: '/readyz',
  metrics: '/metrics',
  /** The calendar feed, `<feedPrefix><token>.ics`: the only path the Ingress sends to calendar. */
  feedPrefix: '/calendar/ics/',
  /** The mirror proxy's figures on its admin port (the operator reads them into status.mirror). */
  mirrorStats: '/_mirror/stats',
  /** The mirror proxy's last mismatches by route, redacted, on its admin port (`everyclass mirror diff`). */
  mirrorDiff: '/_mirror/diff',
  /**
   * entity's course data version as its loaded catalog serves it (GET on the http port, JSON
   * `{version, updatedAt}`, 503 before the first load): `everyclass data import` waits until
   * every entity pod serves the imported one (the others reload at their next poll).
   */
  dataVersion: '/dataversion',
} as const;

/**
 * Label selector of an environment's mirror proxy pods: the labels the operator gives them
 * (operator/src/desired/labels.ts selectorLabels, tested to agree) and `everyclass mirror diff` selects on.
 */
export const mirrorProxySelector = (env: string): string =>
  `app.kubernetes.io/instance=${env},app.kubernetes.io/component=mirror`;

/** Headers one service sets and another reads (lower case, as Node gives them). */
export const headers = {
  /**
   * On web's answers: the course data version its entity serves. The mirror proxy compares two
   * answers only when they come from the same data (different versions count as skipped).
   */
  dataVersion: 'x-everyclass-data-version',
} as const;

/** Path of one student's feed. */
export const feedPath = (token: string): string => `${paths.feedPrefix}${token}.ics`;

/** The APP_CONFIG document is a ConfigMap key mounted read-only into every service container. */
export const appConfigFile = { dir: '/etc/everyclass', key: 'app.json' } as const;
export const appConfigPath = `${appConfigFile.dir}/${appConfigFile.key}`;

/**
 * spec.maintenance as web reads it (MAINTENANCE_FILE): a second key of the same ConfigMap, in the
 * same directory mount (no subPath, so the kubelet updates the file in place). web re-reads it
 * while it runs, and the operator leaves it out of the config hash: turning maintenance on or off
 * restarts no pod.
 */
export const maintenanceFile = { dir: appConfigFile.dir, key: 'maintenance.json' } as const;
export const maintenancePath = `${maintenanceFile.dir}/${maintenanceFile.key}`;

/** The maintenance document (JSON). Absent file or `enabled: false`: web serves as usual. */
export interface MaintenanceDocument {
  enabled: boolean;
  /** Shown on the maintenance page; empty: the page's own text. */
  message: string;
}

/** Seconds web asks clients to wait (Retry-After) while in maintenance. */
export const maintenanceRetryAfterSeconds = 300;

/** One daily teaching slot; slot i (0-based) covers periods 2i+1 and 2i+2. */
export interface LessonSlot {
  start: string; // HH:MM
  end: string; // HH:MM
}

export interface SemesterStart {
  name: string; // 2026-2027-1
  start: string; // YYYY-MM-DD, the first day of week 1
}

/**
 * The APP_CONFIG document (JSON). The operator writes every field; a service accepts any subset
 * and fills the rest from `appConfigDefaults`.
 */
export interface AppConfigDocument {
  /** The environment's name: for humans reading the ConfigMap; services ignore it. */
  environment?: string;
  /** production, staging or testing: web shows a banner on staging and testing. */
  tier?: string;
  /** Where students send feedback (https: or mailto: URL); absent: no feedback link. */
  feedbackUrl?: string;
  schoolName: string;
  /** The e-mail domain students register with (`<student code>@<emailDomain>`). */
  emailDomain: string;
  /** IANA time zone of the timetable, of "today" on the pages and of the calendar feeds. */
  timezone: string;
  semesters: SemesterStart[];
  lessonSlots: LessonSlot[];
}

/** The shape of a feedback link (spec.app.feedbackUrl): https:, http: or mailto:, no spaces or quotes. */
export const feedbackUrlShape = '^(https?://[^\\s"<>]+|mailto:[^\\s"<>@]+@[^\\s"<>]+)$';

/** The shape of an IANA time zone name (Asia/Shanghai, America/Argentina/Buenos_Aires, UTC). */
export const timeZonePattern = '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$';

export const defaultLessonSlots: readonly LessonSlot[] = [
  { start: '08:00', end: '09:40' },
  { start: '10:00', end: '11:40' },
  { start: '14:00', end: '15:40' },
  { start: '16:00', end: '17:40' },
  { start: '19:00', end: '20:40' },
  { start: '21:00', end: '22:40' },
];

/**
 * Defaults of the document: the CRD's defaults (spec.app) and what a service assumes for a field
 * the document leaves out. `emailDomain` has no CRD default: production and staging must name
 * theirs (a CEL rule); the testing tier, and a service run without APP_CONFIG, get this domain
 * reserved for examples and tests (RFC 6761), whose addresses reach no one.
 */
export const appConfigDefaults = {
  schoolName: 'EveryClass University',
  emailDomain: 'example.org',
  timezone: 'Asia/Shanghai',
  semesters: [] as readonly SemesterStart[],
  lessonSlots: defaultLessonSlots,
} as const;

/**
 * Environment variables the operator sets on a business service container, by service: exactly
 * what that service reads (the contract test fails on a variable set and never read). Spec env
 * may not set these (a CEL rule of the CRD), except those in `overridableEnv`.
 */
export const serviceEnv = {
  // RPC_KEY everywhere (signed calls between the services), ADMIN_KEY on entity only (ImportSemester),
  // SHADOW_KEY and ADMIN_PORT on web (the shadow proxy's signature; /readyz and /metrics off the Ingress),
  // MAINTENANCE_FILE on web (spec.maintenance, re-read while it runs).
  web: [
    'ENTITY_URL',
    'IDENTITY_URL',
    'SESSION_KEY',
    'RPC_KEY',
    'SHADOW_KEY',
    'APP_CONFIG',
    'TRUSTED_PROXY_HOPS',
    'ADMIN_PORT',
    'MAINTENANCE_FILE',
  ],
  entity: [
    'MONGO_USERNAME',
    'MONGO_PASSWORD',
    'MONGO_URL',
    'ID_ENCRYPTION_KEY',
    'RPC_KEY',
    'ADMIN_KEY',
    'APP_CONFIG',
  ],
  identity: [
    'MONGO_USERNAME',
    'MONGO_PASSWORD',
    'MONGO_URL',
    'ENTITY_URL',
    'SESSION_KEY',
    'RPC_KEY',
    'PUBLIC_URL',
    'APP_CONFIG',
  ],
  // The Mongo variables only where identity does not run: then the feed tokens are calendar's own.
  calendar: [
    'ENTITY_URL',
    'IDENTITY_URL',
    'MONGO_USERNAME',
    'MONGO_PASSWORD',
    'MONGO_URL',
    'RPC_KEY',
    'APP_CONFIG',
  ],
} as const satisfies Record<ServiceName, readonly string[]>;
export type ServiceEnvName = (typeof serviceEnv)[ServiceName][number];

/**
 * Variables the operator sets unless the service's spec env sets them. PUBLIC_URL, the site's
 * address in identity's mails, is where the environment answers (status.endpoints.web: from
 * spec.ingress, https with tlsSecretName); a site whose TLS ends before the Ingress, or that is
 * published some other way, sets it in spec.services.identity.env.
 */
export const overridableEnv: readonly ServiceEnvName[] = ['PUBLIC_URL'];

/**
 * Variables spec env may not set: where a service listens (PORT, HOST: its container port, probes
 * and Service are `ports.http`), then those the operator sets (but `overridableEnv`).
 */
export const reservedEnv: readonly string[] = [
  'PORT',
  'HOST',
  ...[...new Set(Object.values(serviceEnv).flat())].filter((n) => !overridableEnv.includes(n)).sort(),
];

/** Variables the operator sets on the mirror proxy (services/mirror/README.md). */
export const mirrorEnv = [
  'PORT',
  'ADMIN_PORT',
  'UPSTREAM_URL',
  'MIRROR_TARGET_URL',
  'MIRROR_PERCENT',
  'MIRROR_METHODS',
  'MIRROR_COMPARE',
  'MIRROR_SHADOW_KEY',
  'MIRROR_UPSTREAM_SHADOW_KEY',
  'DRAIN_GRACE_MS',
] as const;
export type MirrorEnvName = (typeof mirrorEnv)[number];

/**
 * Variables the operator sets on the data role's Jobs (services/data: import, dump, restore, copy):
 * the environment's MongoDB, entity (imports go through ImportSemester with the admin key) and, for a
 * course-data copy (spec.data.from), the source's MongoDB. NetworkPolicies derive from it.
 */
export const dataEnv = [
  'MONGO_USERNAME',
  'MONGO_PASSWORD',
  'MONGO_URL',
  'ENTITY_URL',
  'EVERYCLASS_ADMIN_KEY',
  'SOURCE_MONGO_USERNAME',
  'SOURCE_MONGO_PASSWORD',
  'SOURCE_MONGO_URL',
] as const;
export type DataEnvName = (typeof dataEnv)[number];
