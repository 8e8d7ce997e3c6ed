/**
 * Time left, in words of the page's language ("剩余 1 分 15 秒", "1 min 15 s left") instead of
 * Uppy's "1m 15s". Uppy's status bar hands its translator the time already written as
 * `prettyETA` does ("2h 05m", "1m 05s", "5s"); it is read back into seconds here.
 */
export type DurationUnit = 'h' | 'min' | 's';

const PRETTY = /^\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?\s*$/;

/** Seconds from Uppy's `prettyETA` text, or null when it is not that shape. */
export function etaSeconds(pretty: string): number | null {
  const m = PRETTY.exec(pretty);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** Hours and minutes from an hour on, minutes and seconds under it, seconds under a minute. */
export function formatDuration(seconds: number, unit: (u: DurationUnit, n: number) => string): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return [unit('h', h), ...(min > 0 ? [unit('min', min)] : [])].join(' ');
  if (min > 0) return [unit('min', min), ...(s > 0 ? [unit('s', s)] : [])].join(' ');
  return unit('s', s);
}
