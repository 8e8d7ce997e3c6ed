import type { LookupResult } from '@trellis/shared/orgs/views';
import { isValidUscc } from '@trellis/shared/applications/uscc-check';
import type { Org } from '@trellis/shared/orgs/org';
import { findOrgIdByCode, getOrgs, searchOrgsByName } from '../adapters/dynamodb/org/org-store';

/** "Is my org registered?": an exact unified social credit code, or a name prefix. */
export async function lookupOrgs(q: string): Promise<LookupResult[]> {
  const code = q.trim().toUpperCase();
  let found: Org[];
  if (isValidUscc(code)) {
    const id = await findOrgIdByCode(code);
    found = id ? [...(await getOrgs([id])).values()] : [];
  } else {
    found = await searchOrgsByName(q, 20);
  }
  const parentIds = found.flatMap((o) => (o.parentId ? [o.parentId] : []));
  const parents = parentIds.length ? await getOrgs(parentIds) : new Map<string, Org>();
  return found.map((o) => ({
    id: o.id,
    name: o.name,
    type: o.type,
    slug: o.slug,
    region: o.region,
    parentName: o.parentId ? (parents.get(o.parentId)?.name ?? null) : null,
    status: o.status,
  }));
}
