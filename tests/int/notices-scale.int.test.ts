import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { ROLES } from '@trellis/shared/access/roles';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { composeNotice } from '../../functions/src/notices/compose';
import { getDelivery } from '../../functions/src/adapters/dynamodb/delivery/delivery-store';
import { markRead } from '../../functions/src/inbox/mark';
import { withConcurrency } from '../../functions/src/notify/send-outbox';
import { call, loginAs } from './api-client';
import { noticeTree } from './notice-fixture';

async function recipientsOf(noticeId: string): Promise<Set<string>> {
  const out = new Set<string>();
  let start: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(new QueryCommand({
      TableName: tableName(), IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.deliveryByNoticePartition(noticeId) }, ExclusiveStartKey: start,
    }));
    for (const item of res.Items ?? []) out.add(String(item.accountId));
    start = res.LastEvaluatedKey;
  } while (start);
  return out;
}

const sender = { accountId: 'u-test', accountStatus: 'active' as const, grants: [] };

describe('notices at scale', () => {
  it('500 recipients reading at once end with a read count of exactly 500', async () => {
    const tree = await noticeTree(Array.from({ length: 500 }, (_, i) => ({ school: i % 4, roles: ['teacher' as const] })), 4);
    const sd = await getOrg('sd');
    if (!sd) throw new Error('no sd');
    const notice = await composeNotice(sender, sd, {
      orgId: 'sd', title: '五百人并发阅读', bodyHtml: '<p>正文</p>', attachments: [], sendSms: false,
      targets: { subtrees: [tree.city.id], orgs: [], orgTypes: [], roles: [], people: [] }, requestId: randomUUID(),
    });
    expect(notice.recipientCount).toBe(500);
    await withConcurrency(tree.people, 100, async (p) => markRead((await getDelivery(p.id, notice.id))!));
    const stats = await call('notices.get', { params: { noticeId: notice.id }, token: await loginAs('sd.admin') });
    expect(stats.body.stats.totals).toEqual({ total: 500, read: 500, confirmed: 0 });
    const cityRow = stats.body.stats.byOrg.find((o: { orgId: string }) => o.orgId === tree.city.id);
    expect(cityRow.counts.read).toBe(500);
  }, 120_000);

  it('resolves exactly the recipients a naive reference finds on a seeded tree', async () => {
    const roles = ['admin', 'teacher', 'member'] as const;
    const tree = await noticeTree(
      Array.from({ length: 18 }, (_, i) => ({ school: (i % 4) - 1, roles: [roles[i % 3] ?? 'member'] })), 3,
    );
    const orgs = [tree.city, ...tree.schools];
    const sd = await getOrg('sd');
    if (!sd) throw new Error('no sd');
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          subtrees: fc.subarray(orgs.map((o) => o.id), { maxLength: 2 }),
          orgs: fc.subarray(orgs.map((o) => o.id), { maxLength: 2 }),
          orgTypes: fc.subarray(['school', 'technician_college', 'group', 'association'] as const, { maxLength: 2 }),
          roles: fc.subarray([...ROLES], { maxLength: 2 }),
          people: fc.subarray(tree.people.map((p) => p.id), { maxLength: 2 }),
        }).filter((t) => t.subtrees.length + t.orgs.length + t.people.length > 0),
        async (targets) => {
          const notice = await composeNotice(sender, sd, {
            orgId: 'sd', title: '定向测试', bodyHtml: '<p>x</p>', attachments: [], sendSms: false, targets, requestId: randomUUID(),
          });
          const expected = new Set(
            tree.people
              .filter((p) => {
                const byOrg = targets.orgs.includes(p.org.id) || targets.subtrees.some((s) => s === p.org.id || (s === tree.city.id));
                const type = targets.orgTypes.length === 0 || (targets.orgTypes as readonly string[]).includes(p.org.type);
                const role = targets.roles.length === 0 || p.roles.some((r) => targets.roles.includes(r));
                return (byOrg && type && role) || targets.people.includes(p.id);
              })
              .map((p) => p.id),
          );
          expect(await recipientsOf(notice.id)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
