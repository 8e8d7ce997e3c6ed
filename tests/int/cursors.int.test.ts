import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { encodeCursor } from '../../functions/src/adapters/dynamodb/table/cursor';
import { call, loginAs } from './api-client';

/** A real cursor for the children of `orgId` (as the API hands out), made with the run's secret. */
const childrenCursor = (orgId: string) =>
  encodeCursor({ pk: 'ORG#x', sk: 'ORG', gsi1pk: keys.orgChildrenPartition(orgId), gsi1sk: 'x' }, {
    IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': keys.orgChildrenPartition(orgId) },
  })!;

const invalidCursor = { error: { code: 'validation.failed', fields: { cursor: ['cursor.invalid'] } } };
const forged = [
  Buffer.from(JSON.stringify({ pk: 'ORG#sd', sk: 'ORG' })).toString('base64url'),
  Buffer.from(JSON.stringify({ pk: { S: 'ORG#sd' }, sk: { S: 'ORG' } })).toString('base64url'),
  Buffer.from(JSON.stringify({ gsi1pk: 'CHILDREN#gd', nope: 1 })).toString('base64url'),
  `${Buffer.from('{"pk":"ORG#sd"}').toString('base64url')}.AAAA`,
];

describe('pagination cursors are signed and bound to their list', () => {
  it('a forged cursor answers 400 cursor.invalid on public and signed-in lists, never 500', async () => {
    const token = await loginAs('sd.admin');
    for (const cursor of forged) {
      const pub = await call('orgs.publicChildren', { params: { orgId: 'sd' }, query: { cursor } });
      expect(pub.status, cursor).toBe(400);
      expect(pub.body).toMatchObject(invalidCursor);
      const own = await call('orgs.children', { params: { orgId: 'sd' }, query: { cursor }, token });
      expect(own.status, cursor).toBe(400);
      expect(own.body).toMatchObject(invalidCursor);
    }
  });

  it("a cursor of one org's list is refused on another org's list; on its own list it is taken", async () => {
    const token = await loginAs('sd.admin');
    const other = await call('orgs.children', { params: { orgId: 'sd' }, query: { cursor: childrenCursor('sd-jn') }, token });
    expect(other.status).toBe(400);
    expect(other.body).toMatchObject(invalidCursor);
    const own = await call('orgs.children', { params: { orgId: 'sd' }, query: { cursor: childrenCursor('sd') }, token });
    expect(own.status).toBe(200);
  });
});
