/**
 * The actor assertion (`auth.me`'s `assertion`): the header the web server sends it in with the
 * calls of one page view, and how long the API accepts it. This bound is how long a revoked
 * session, role, password or account can still act through calls that carry one.
 */
export const ASSERTION_HEADER = 'x-trellis-assertion';
export const ASSERTION_TTL_MS = 5_000;
