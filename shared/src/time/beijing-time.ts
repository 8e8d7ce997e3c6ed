/** China has one time zone, UTC+8, without daylight saving time. */
const OFFSET_MS = 8 * 3600_000;

/**
 * An instant as people in China read it, for exports and messages: `2026-07-02 00:05`
 * (Beijing time). Empty for no value; the text itself when it is not a time.
 */
export function beijingDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
