import { keys } from '@trellis/shared/data/keys';
import type { Page } from '@trellis/shared/orgs/org';
import { filteredPage } from '../table/filtered-page';
import type { ResourceRecord } from '@trellis/shared/resources/schemas';
import { toResource } from './resource-store';

/**
 * A school's published works that are public on its site, newest submitted first: its
 * by-status index (GSI1) from `published#`, filtered on `publicOnSite`. Taken-down works
 * have moved to `taken_down#` and are no longer read.
 */
export async function listSiteResources(schoolId: string, cursor?: string): Promise<Page<ResourceRecord>> {
  const page = await filteredPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND begins_with(gsi1sk, :s)',
      FilterExpression: 'publicOnSite = :yes',
      ExpressionAttributeValues: { ':p': keys.resourcesBySchoolPartition(schoolId), ':s': 'published#', ':yes': true },
      ScanIndexForward: false,
    },
    ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
    cursor,
  );
  return { items: page.items.map(toResource), cursor: page.cursor };
}
