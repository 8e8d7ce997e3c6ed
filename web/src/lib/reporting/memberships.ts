import type { SessionView } from '@trellis/shared/accounts/schemas';
import { depthOf, pathIds } from '@trellis/shared/orgs/path';
import { NATIONAL_DEPTH } from '@trellis/shared/reporting/states';
import { membershipsAllowing } from '#lib/access/actor.ts';

/** The orgs where the session may read reports (admins and leaders), one entry per org. */
export function reportingOrgs(session: SessionView) {
  const seen = new Set<string>();
  return membershipsAllowing(session, 'report.read').filter((m) => !seen.has(m.orgId) && seen.add(m.orgId));
}

/** The national org where the session may open rounds (the national admin), if any. */
export function nationalOrg(session: SessionView): { id: string; name: string } | null {
  const m = membershipsAllowing(session, 'report.round').find((x) => depthOf(x.orgPath) === NATIONAL_DEPTH);
  return m ? { id: pathIds(m.orgPath).at(-1) ?? m.orgId, name: m.orgName } : null;
}
