import { api } from '#lib/server/api.ts';
import { holdsOrgs, mayHold } from '@trellis/shared/orgs/org-hierarchy';
import { ORG_TYPES, type OrgType } from '@trellis/shared/orgs/org-types';
import type { LookupResult, OrgLink } from '@trellis/shared/orgs/views';

/** The applicant's own type from `?type=` (chosen first: it decides which parents are offered). */
function typeOf(url: URL): OrgType | null {
  const value = url.searchParams.get('type') ?? '';
  return (ORG_TYPES as readonly string[]).includes(value) ? (value as OrgType) : null;
}

/** Whether `parentType` may be chosen: it holds the applicant's type (any sub-org while no type is chosen). */
function choosable(parentType: OrgType, type: OrgType | null): boolean {
  return type ? mayHold(parentType, type) : holdsOrgs(parentType);
}

/**
 * Data for the parent-org picker: lookup results for `?q=` (name prefix or credit code) and
 * the children of `?browse=` (the top level by default), paginated with `?cursor=`. Only
 * parents the hierarchy rule allows for `?type=` can be picked; orgs that hold no sub-orgs
 * are not listed, and those that hold others but not this type can only be browsed.
 */
export async function loadParentPicker(url: URL) {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 60);
  const type = typeOf(url);
  const browse = url.searchParams.get('browse') || 'root';
  const browseName = url.searchParams.get('browseName') ?? '';
  const cursor = url.searchParams.get('cursor') ?? undefined;

  const [lookup, children] = await Promise.all([
    q.length >= 2 ? api('orgs.lookup', { query: { q } }, null) : Promise.resolve(null),
    api('orgs.publicChildren', { params: { orgId: browse }, query: { cursor } }, null),
  ]);

  const found: LookupResult[] = lookup?.ok ? lookup.data.items.filter((r) => r.status !== 'disabled' && choosable(r.type, type)) : [];
  const kids: OrgLink[] = children.ok ? children.data.items.filter((c) => holdsOrgs(c.type)) : [];

  return {
    q,
    type,
    qTooShort: q.length === 1,
    lookupError: lookup && !lookup.ok ? lookup.error.code : null,
    results: found.map((r) => ({ id: r.id, name: r.name, type: r.type, region: r.region, parentName: r.parentName, choosable: true })),
    browse,
    browseName,
    children: kids.map((c) => ({ id: c.id, name: c.name, type: c.type, choosable: choosable(c.type, type) })),
    childrenCursor: children.ok ? children.data.cursor : null,
    childrenError: children.ok ? null : children.error.code,
  };
}
