// Routes as the mirror reports them: a bounded label set for metrics (the first path segment, at
// most `cap` distinct ones, the rest "other"), and paths with anything identifying blanked for the
// mismatch samples (no query string, no ids, no tokens).

/** `learn`: whether an unseen segment may take one of the free labels (not for 404s: junk paths must not use them up). */
export type RouteLabeler = (path: string, learn?: boolean) => string;

const SEGMENT = /^[a-z][a-z0-9_-]{0,31}$/;

export function createRouteLabeler(cap = 32): RouteLabeler {
  const seen = new Set<string>();
  return (path, learn = true) => {
    const first = pathOnly(path).split('/')[1] ?? '';
    if (first === '') return '/';
    if (!SEGMENT.test(first)) return 'other';
    const label = `/${first}`;
    if (seen.has(label)) return label;
    if (!learn || seen.size >= cap) return 'other';
    seen.add(label);
    return label;
  };
}

export function pathOnly(url: string): string {
  const q = url.search(/[?#]/);
  return q < 0 ? url : url.slice(0, q);
}

/**
 * The path without its query string, each segment that may identify someone replaced by ":id":
 * anything with a digit, anything long, anything percent-encoded, anything but plain words.
 * "/student/9f8Kd0aZ.../timetable?week=3" → "/student/:id/timetable".
 */
export function redactPath(url: string): string {
  const path = pathOnly(url);
  return path
    .split('/')
    .map((seg, i) => (i === 0 || seg === '' || /^[a-z][a-z_-]{0,23}(\.[a-z]{2,4})?$/.test(seg) ? seg : ':id'))
    .join('/')
    .slice(0, 256);
}

/**
 * First path segments of web's account and authentication pages: never copied to the target.
 * Their query strings carry one-time tokens (/register/verify?token=…), their forms passwords,
 * their pages feed links; a copy would put them in another environment's logs.
 */
export const privateSegments: ReadonlySet<string> = new Set([
  'login',
  'logout',
  'register',
  'settings',
  'calendar',
]);

/** Whether a request target is an auth-flow or account path, or carries a token parameter. */
export function isPrivatePath(url: string): boolean {
  let path = pathOnly(url);
  try {
    path = decodeURIComponent(path);
  } catch {
    return true; // not even decodable: nothing worth copying
  }
  const first =
    path
      .toLowerCase()
      .split('/')
      .find((seg) => seg !== '') ?? '';
  if (privateSegments.has(first)) return true;
  const q = url.indexOf('?');
  if (q < 0) return false;
  const params = new URLSearchParams(url.slice(q + 1));
  return [...params.keys()].some((k) => /token|password|secret|session/i.test(k));
}
