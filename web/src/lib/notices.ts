/** Helpers for the notice pages shared by server and browser code (no dependencies). */

/** Whole percent of `part` in `total` (0 when there is nothing to count). */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}

/** Escapes text for HTML (element content and quoted attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text to HTML: a blank line starts a paragraph, a single line break stays a <br>. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Whether an HTML fragment has any visible text. */
export function hasText(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim().length > 0;
}

const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A `datetime-local` value read as China Standard Time, as ISO 8601 with +08:00
 * (`2026-12-30T10:00` -> `2026-12-30T10:00:00+08:00`). '' stays undefined; null when malformed.
 */
export function shanghaiIso(local: string): string | undefined | null {
  const value = local.trim();
  if (!value) return undefined;
  const m = LOCAL_DATETIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00'] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // Reject dates that roll over (2026-02-30) by checking the fields survive the round trip.
  const back = new Date(date.getTime() + 8 * 3600_000).toISOString();
  return back.startsWith(`${y}-${mo}-${d}T${h}:${mi}:${s}`) ? iso : null;
}
