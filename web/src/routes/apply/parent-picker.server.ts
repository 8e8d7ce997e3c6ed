import { api } from '#lib/server/api.ts';
import type { LookupResult, OrgLink } from '@trellis/shared/orgs/views';

/**
 * Data for the parent-org picker: lookup results for `?q=` (name prefix or credit code) and
 * the children of `?browse=` (the top level by default), paginated with `?cursor=`.
 */
export async function loadParentPicker(url: URL) {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 60);
  const browse = url.searchParams.get('browse') || 'root';
  const browseName = url.searchParams.get('browseName') ?? '';
  const cursor = url.searchParams.get('cursor') ?? undefined;

  const [lookup, children] = await Promise.all([
    q.length >= 2 ? api('orgs.lookup', { query: { q } }, null) : Promise.resolve(null),
    api('orgs.publicChildren', { params: { orgId: browse }, query: { cursor } }, null),
  ]);

  const found: LookupResult[] = lookup?.ok ? lookup.data.items.filter((r) => r.status !== 'disabled') : [];
  const kids: OrgLink[] = children.ok ? children.data.items : [];

  return {
    q,
    qTooShort: q.length === 1,
    lookupError: lookup && !lookup.ok ? lookup.error.code : null,
    results: found.map((r) => ({ id: r.id, name: r.name, type: r.type, region: r.region, parentName: r.parentName })),
    browse,
    browseName,
    children: kids.map((c) => ({ id: c.id, name: c.name, type: c.type })),
    childrenCursor: children.ok ? children.data.cursor : null,
    childrenError: children.ok ? null : children.error.code,
  };
}
