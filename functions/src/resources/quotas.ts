import type { Org } from '@trellis/shared/orgs/org';
import { schoolYear, YEARLY_QUOTA } from '@trellis/shared/resources/quota';
import { listSubtreeOrgs } from '../adapters/dynamodb/org/org-store';
import { publishedCounts } from '../adapters/dynamodb/resource/resource-store';

/** This school year's published works against the quota, for the org and every school below it. */
export async function quotaProgress(org: Org, now = new Date()) {
  const year = schoolYear(now);
  const orgs: Org[] = [org];
  let cursor: string | undefined;
  do {
    const page = await listSubtreeOrgs(org.path, cursor, 200);
    orgs.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  const schools = orgs.filter((o) => YEARLY_QUOTA[o.type] !== undefined);
  const counts = await publishedCounts(schools.map((s) => s.id), year);
  return {
    year,
    items: schools.map((s) => ({ orgId: s.id, name: s.name, type: s.type, quota: YEARLY_QUOTA[s.type] ?? 0, published: counts.get(s.id) ?? 0 })),
  };
}
