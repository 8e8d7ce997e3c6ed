import { ROLES, type Role } from '../access/roles';
import { pathIds } from '../orgs/path';
import type { OrgType } from '../orgs/org-types';
import type { Counts, NoticeStats } from './schemas';

/**
 * A notice's counters are flat numeric attributes on a few shard items, named here:
 * `<kind>.all`, `<kind>.o.<orgId>` for every org from the sender down to the recipient's
 * org, and `<kind>.r.<role>`. Totals are written once to their own item; reads ADD to one
 * of STATS_SHARDS random shards; the statistics page sums them all.
 */
export type CounterKind = 'total' | 'read' | 'confirmed';
export const STATS_SHARDS = 8;

/** The counters one recipient contributes to: overall, each org on the way down, each role. */
export function counterNames(kind: CounterKind, recipientOrgPath: string, senderPath: string, roles: readonly Role[]): string[] {
  const senderDepth = pathIds(senderPath).length;
  const orgs = pathIds(recipientOrgPath).slice(Math.max(0, senderDepth - 1));
  return [`${kind}.all`, ...orgs.map((id) => `${kind}.o.${id}`), ...roles.map((r) => `${kind}.r.${r}`)];
}

export interface OrgLabel {
  path: string;
  name: string;
  parentId: string | null;
  type: OrgType;
}

function sum(shards: readonly Record<string, unknown>[], name: string): number {
  return shards.reduce((acc, s) => acc + (typeof s[name] === 'number' ? (s[name] as number) : 0), 0);
}

function counts(shards: readonly Record<string, unknown>[], suffix: string): Counts {
  return { total: sum(shards, `total.${suffix}`), read: sum(shards, `read.${suffix}`), confirmed: sum(shards, `confirmed.${suffix}`) };
}

/** Sums the shards into the statistics view; orgs in tree order as labelled at publish. */
export function buildStats(shards: readonly Record<string, unknown>[], orgs: Readonly<Record<string, OrgLabel>>): NoticeStats {
  return {
    totals: counts(shards, 'all'),
    byOrg: Object.entries(orgs)
      .sort(([, a], [, b]) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map(([orgId, label]) => ({
      orgId, name: label.name, parentId: label.parentId, type: label.type, counts: counts(shards, `o.${orgId}`),
    })),
    byRole: ROLES.map((role) => ({ role, counts: counts(shards, `r.${role}`) })).filter((r) => r.counts.total > 0),
  };
}
