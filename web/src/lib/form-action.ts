/** Works with both `URL` and the read-only `page.url`. */
type PageLocation = { pathname: string; search: string };

/** One-shot banner keys (`?done=...`) that a following post should not carry along. */
const FLASH_KEYS = new Set(['done']);

/**
 * The `action` attribute for a named form action that keeps the page's query string
 * (`?org=sd&status=pending&/decide`), so a no-JavaScript post lands on the same view.
 */
export function actionUrl(url: PageLocation, name: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(url.search)) if (!key.startsWith('/') && !FLASH_KEYS.has(key)) params.append(key, value);
  const qs = params.toString();
  return `?${qs ? `${qs}&` : ''}/${name}`;
}

/** The current page's path and query without any `/action` key, for redirects after a post. */
export function pageUrl(url: PageLocation, extra: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(url.search)) if (!key.startsWith('/')) params.append(key, value);
  for (const [key, value] of Object.entries(extra)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const qs = params.toString();
  return qs ? `${url.pathname}?${qs}` : url.pathname;
}
