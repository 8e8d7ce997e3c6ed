import { keys } from '@trellis/shared/data/keys';
import type { Org } from '@trellis/shared/orgs/org';
import { queryAll } from '../table/query-all';
import { toOrg } from './org-store';

/** The org at `path` and everything under it, every page (reporting's fan-outs and drill-downs). */
export async function allOrgsFromPath(path: string): Promise<Org[]> {
  const items = await queryAll({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :p AND begins_with(gsi2sk, :path)',
    ExpressionAttributeValues: { ':p': keys.orgTreePartition, ':path': path },
  });
  return items.map(toOrg);
}

/** Every direct child of an org, every page. */
export async function allChildOrgs(parentId: string): Promise<Org[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': keys.orgChildrenPartition(parentId) },
  });
  return items.map(toOrg);
}
