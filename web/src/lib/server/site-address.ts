import { redirect } from '@sveltejs/kit';

/**
 * A site whose address changed keeps its old ones (their slug guards still name the org, so the
 * API answers for them): every page under an old /o/<slug> answers 308 with the same page under
 * the current address, query string kept. Called by each public page once its API answer is in.
 */
export function followSiteAddress(url: URL, current: string): void {
  const parts = url.pathname.split('/'); // ['', 'o', '<slug>', ...rest]
  if (parts[1] !== 'o' || decodeURIComponent(parts[2] ?? '') === current) return;
  parts[2] = encodeURIComponent(current);
  redirect(308, `${parts.join('/')}${url.search}`);
}
