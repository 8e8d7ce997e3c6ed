import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { outboxItem } from '../../functions/src/adapters/dynamodb/outbox/outbox-store';
import { remindPending } from '../../functions/src/reporting/remind';
import { remindDue } from '../../functions/src/reporting/remind-due';
import { call, loginAs } from './api-client';
import { openRound } from './reporting-fixture';

const outbox = async (id: string) => (await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.outbox(id), ConsistentRead: true }))).Item;
const marker = async (roundId: string, orgId: string, requestId: string) =>
  (await ddb().send(new GetCommand({ TableName: tableName(), Key: reportingKeys.reminder(roundId, orgId, requestId), ConsistentRead: true }))).Item;
const markSent = (id: string) => ddb().send(new UpdateCommand({
  TableName: tableName(), Key: keys.outbox(id), UpdateExpression: 'SET #s = :sent', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':sent': 'sent' },
}));

describe('reporting: reminders survive a run that died, and never go out at night', () => {
  it('a marker without a result (a run that timed out) is redone once: each admin gets one SMS, later retries send none', async () => {
    const round = await openRound(2046, 'sd-jn');
    const scope = (await getOrg('sd-jn'))!;
    const qcjt = (await call('auth.me', { token: await loginAs('qcjt.admin') })).body.account.id as string;
    const at = new Date().toISOString();

    // Run 1 died right after writing its marker: nothing was sent.
    const died = 'auto-2099-01-01';
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...reportingKeys.reminder(round.id, 'sd-jn', died), at } }));
    const retried = await remindPending(scope, round.id, died);
    expect(retried).toEqual({ pending: 1, sent: 1, withoutPhone: 0 });
    const id = `rrem-${round.id}-${died}-${qcjt}`;
    expect((await outbox(id))?.status).toBe('pending');
    expect((await marker(round.id, 'sd-jn', died))?.result).toEqual(retried);
    await markSent(id);
    // Any later retry (or the next hourly run with the same day's id) answers the stored result and writes nothing.
    expect(await remindPending(scope, round.id, died)).toEqual(retried);
    expect((await outbox(id))?.status).toBe('sent');

    // Run 2 died after its SMS item was written and sent: the redo does not queue it again.
    const half = 'auto-2099-01-02';
    const halfId = `rrem-${round.id}-${half}-${qcjt}`;
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...reportingKeys.reminder(round.id, 'sd-jn', half), at } }));
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...outboxItem({ id: halfId, to: '13800000000', text: 'x', template: 'report.reminder', createdAt: at, orgId: 'sd-jn' }), status: 'sent' } }));
    expect(await remindPending(scope, round.id, half)).toEqual({ pending: 1, sent: 1, withoutPhone: 0 });
    expect(await outbox(halfId)).toMatchObject({ status: 'sent', createdAt: at, attempts: 0 });
  });

  it('the hourly job sends nothing between midnight and 09:00 Beijing time, then once that day', async () => {
    // A day far ahead: the local job runner (real clock) never finds this round due meanwhile.
    const today = '2098-03-10';
    const round = await openRound(2047, 'sd-jn', { opensOn: '2020-01-01', closesOn: '2098-03-17' });
    const qcjt = (await call('auth.me', { token: await loginAs('qcjt.admin') })).body.account.id as string;
    const id = `rrem-${round.id}-auto-${today}-${qcjt}`;

    for (const time of ['00:05', '00:59', '08:30']) {
      const night = await remindDue(new Date(`${today}T${time}:00+08:00`));
      expect(night.find((r) => r.roundId === round.id)).toBeUndefined();
    }
    expect(await marker(round.id, 'sd-jn', `auto-${today}`)).toBeUndefined();
    expect(await outbox(id)).toBeUndefined();

    const morning = (await remindDue(new Date(`${today}T09:05:00+08:00`))).find((r) => r.roundId === round.id);
    expect(morning?.result).toEqual({ pending: 1, sent: 1, withoutPhone: 0 });
    expect((await outbox(id))?.createdAt).toBe(new Date(`${today}T09:05:00+08:00`).toISOString());
    const later = (await remindDue(new Date(`${today}T15:05:00+08:00`))).find((r) => r.roundId === round.id);
    expect(later?.result).toEqual(morning?.result);
    expect((await outbox(id))?.createdAt).toBe(new Date(`${today}T09:05:00+08:00`).toISOString());
  });
});
