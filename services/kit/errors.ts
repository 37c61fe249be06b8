// The one catalogue of errors every service answers with. Each entry has a stable code (what
// tests and clients match on), the Twirp code it maps to and, through that, the HTTP status.
// Messages are exposed to callers only for these errors; anything else is `internal`.

/** Twirp error codes and their HTTP statuses, as the Twirp specification maps them. */
export const twirpStatus = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
} as const;

export type TwirpCode = keyof typeof twirpStatus;

/** Our stable error codes → Twirp code (and so HTTP status) and a default message. */
export const catalogue = {
  bad_route: { twirp: 'bad_route', message: 'no such route' },
  method_not_allowed: { twirp: 'bad_route', message: 'unsupported HTTP method' },
  unsupported_media_type: { twirp: 'bad_route', message: 'unsupported Content-Type' },
  malformed: { twirp: 'malformed', message: 'the request body could not be decoded' },
  body_too_large: { twirp: 'invalid_argument', message: 'the request body is too large' },
  invalid_argument: { twirp: 'invalid_argument', message: 'invalid argument' },
  not_found: { twirp: 'not_found', message: 'not found' },
  unauthenticated: { twirp: 'unauthenticated', message: 'not logged in, or the credentials are wrong' },
  permission_denied: { twirp: 'permission_denied', message: 'not allowed' },
  rate_limited: { twirp: 'resource_exhausted', message: 'too many attempts; try again later' },
  shadow_write: { twirp: 'failed_precondition', message: 'shadow (mirrored) requests never write' },
  deadline_exceeded: { twirp: 'deadline_exceeded', message: 'the deadline was exceeded' },
  unavailable: { twirp: 'unavailable', message: 'a dependency is unavailable' },
  internal: { twirp: 'internal', message: 'internal error' },
} as const satisfies Record<string, { twirp: TwirpCode; message: string }>;

export type ErrorCode = keyof typeof catalogue;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly meta: Record<string, string>;
  constructor(code: ErrorCode, message?: string, meta: Record<string, string> = {}) {
    super(message ?? catalogue[code].message);
    this.name = 'AppError';
    this.code = code;
    this.meta = meta;
  }
  get twirpCode(): TwirpCode {
    return catalogue[this.code].twirp;
  }
  get status(): number {
    return twirpStatus[this.twirpCode];
  }
}

/** Twirp's error JSON; `meta.everyclass_code` carries our stable code. */
export interface TwirpErrorBody {
  code: TwirpCode;
  msg: string;
  meta: Record<string, string>;
}

export function toErrorBody(err: AppError): TwirpErrorBody {
  return { code: err.twirpCode, msg: err.message, meta: { ...err.meta, everyclass_code: err.code } };
}

/** Normalises anything thrown into an AppError; unknown errors become `internal` (message hidden). */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError('internal');
}

export function isTwirpCode(s: unknown): s is TwirpCode {
  return typeof s === 'string' && Object.hasOwn(twirpStatus, s);
}
