import type { SiteItemKind } from '@trellis/shared/site-items/schemas';

/** A date as China shows it (Asia/Shanghai), e.g. 2026-11-29. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** The public page of an item on a site. */
export function itemHref(slug: string, kind: SiteItemKind, id: string): string {
  return `/o/${slug}/${kind === 'news' ? 'news' : 'notices'}/${id}`;
}

/** Trims text for a meta description. */
export function describe(text: string, max = 150): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Schools (and technician colleges) show their teachers' public works on their site. */
export function showsWorks(orgType: string): boolean {
  return orgType === 'school' || orgType === 'technician_college';
}
