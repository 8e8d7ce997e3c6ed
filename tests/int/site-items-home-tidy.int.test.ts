import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { siteItemKeys } from '@trellis/shared/data/keys-site-items';
import { derivedRows } from '@trellis/shared/site-items/placements';
import type { SiteItemView } from '@trellis/shared/site-items/schemas';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { tidyHome } from '../../functions/src/adapters/dynamodb/site/site-home-store';
import { writeSiteItem } from '../../functions/src/adapters/dynamodb/site-item/site-item-store';
import { uniqueSuffix } from './api-client';

/**
 * The home refill after a takedown. DynamoDB Local is always consistent, so the stale index
 * a real table may return is played by writing the taken-down item's list row back by hand.
 */
function publishedItem(siteId: string, title: string, at: string): SiteItemView {
  const origin = { orgId: siteId, orgPath: `/${siteId}/`, orgName: '首页测试学校', orgSlug: siteId };
  return {
    id: `si-${uniqueSuffix()}`, kind: 'news', title, bodyHtml: '<p>x</p>', summary: 'x', imageIds: [], origin,
    authorId: 'acc-test', authorName: '测试', status: 'published', placements: [{ ...origin, state: 'published', at, publishedAt: at }],
    takedown: null, trail: [], createdAt: at, updatedAt: at, version: 1,
  };
}

async function home(siteId: string): Promise<Record<string, unknown>> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: siteItemKeys.home(siteId), ConsistentRead: true }));
  return res.Item ?? {};
}

describe('site home projection: refill after a takedown', () => {
  it('never writes back the line of an item taken down, even when the list still returns it', async () => {
    const siteId = `home-test-${uniqueSuffix()}`;
    const kept = publishedItem(siteId, '保留的新闻', '2026-11-01T08:00:00.000Z');
    const gone = publishedItem(siteId, '撤下的新闻', '2026-11-02T08:00:00.000Z');
    await writeSiteItem(null, kept);
    await writeSiteItem(null, gone);
    expect(Object.keys(await home(siteId))).toEqual(expect.arrayContaining([`news_${kept.id}`, `news_${gone.id}`]));

    const takenDown: SiteItemView = { ...gone, status: 'taken_down', updatedAt: '2026-11-03T08:00:00.000Z', version: 2 };
    await writeSiteItem(gone, takenDown);
    expect(await home(siteId)).not.toHaveProperty(`news_${gone.id}`);

    // A stale list row of the taken-down item (what an eventually consistent Query may return).
    const stale = derivedRows(gone).pub[0]!;
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...siteItemKeys.pub(siteId, 'news', stale.line.at, gone.id), ...stale.line } }));
    // And the kept item's line missing from the home projection, so the refill has work to do.
    await ddb().send(new UpdateCommand({ TableName: tableName(), Key: siteItemKeys.home(siteId), UpdateExpression: 'REMOVE #n', ExpressionAttributeNames: { '#n': `news_${kept.id}` } }));

    await tidyHome(siteId);
    const after = await home(siteId);
    expect(after).not.toHaveProperty(`news_${gone.id}`);
    expect(after[`news_${kept.id}`]).toMatchObject({ id: kept.id, title: '保留的新闻' });
  });

  it('skips a stale line of an item no longer published on this site (only elsewhere)', async () => {
    const siteId = `home-test-${uniqueSuffix()}`;
    const item = publishedItem(siteId, '已从本站撤下', '2026-11-05T08:00:00.000Z');
    await writeSiteItem(null, item);
    const elsewhere: SiteItemView = { ...item, placements: [{ ...item.placements[0]!, orgId: `${siteId}-other` }], version: 2 };
    await writeSiteItem(item, elsewhere);
    const stale = derivedRows(item).pub[0]!;
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...siteItemKeys.pub(siteId, 'news', stale.line.at, item.id), ...stale.line } }));
    await tidyHome(siteId);
    expect(await home(siteId)).not.toHaveProperty(`news_${item.id}`);
  });
});
