import type { NoticeStats } from '@trellis/shared/notices/schemas';

type OrgRow = NoticeStats['byOrg'][number];

/**
 * The by-org statistics as a tree to drill into: the org currently looked at (`under`, the
 * sender by default), the way down to it from the sender, and its direct children, each
 * marked when it has children of its own.
 */
export function drillDown(rows: readonly OrgRow[], senderId: string, requested: string | null) {
  const byId = new Map(rows.map((r) => [r.orgId, r]));
  const root = byId.has(senderId) ? senderId : (rows[0]?.orgId ?? senderId);
  const under = requested && byId.has(requested) ? requested : root;

  const trail: { orgId: string; name: string }[] = [];
  for (let id: string | null | undefined = under; id && byId.has(id); id = id === root ? null : byId.get(id)?.parentId) {
    const row = byId.get(id)!;
    trail.unshift({ orgId: row.orgId, name: row.name });
    if (trail.length > 64) break;
  }
  const parents = new Set(rows.map((r) => r.parentId));
  const current = byId.get(under) ?? null;
  const children = rows.filter((r) => r.parentId === under && r.orgId !== under).map((r) => ({ ...r, hasChildren: parents.has(r.orgId) }));
  return { under, current, trail, children };
}
