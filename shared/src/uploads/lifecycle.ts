/**
 * How long the media bucket keeps an unfinished multipart upload: its lifecycle rule aborts it
 * (and drops its parts) this many days after it was started. The infra's rule and the API's
 * check use this one constant.
 */
export const INCOMPLETE_UPLOAD_DAYS = 1;

const DAY_MS = 86_400_000;

/**
 * Whether an upload started at `createdAt` may already have been aborted by the store. S3 runs
 * the rule some time after the window ends (it rounds to the next midnight UTC), so from the
 * window's end on the upload cannot be relied on: resuming it would send parts into nothing.
 */
export function uploadExpired(createdAt: string, now = Date.now()): boolean {
  return now - Date.parse(createdAt) >= INCOMPLETE_UPLOAD_DAYS * DAY_MS;
}
