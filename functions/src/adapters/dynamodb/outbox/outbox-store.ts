import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { GuardedItem } from '../table/transact';
import { ddb, tableName } from '../table/client';
import { conditionHolds } from '../table/condition-holds';

/** An SMS waiting to be sent by the stream worker (outbox pattern). */
export interface OutboxMessage {
  id: string;
  to: string;
  text: string;
  template: string;
  createdAt: string;
  /** The org whose daily SMS budget pays for it. */
  orgId?: string;
}

/** The stored outbox item (for batch fan-outs; transactions use putOutboxItem). */
export function outboxItem(msg: OutboxMessage): Record<string, unknown> {
  return { ...keys.outbox(msg.id), entity: 'outbox', status: 'pending', attempts: 0, ...msg };
}

/** The outbox item, written in the same transaction as the change that causes it. */
export function putOutboxItem(msg: OutboxMessage): GuardedItem {
  return {
    item: {
      Put: {
        TableName: tableName(),
        Item: outboxItem(msg),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/**
 * Claims a message for sending until `leaseUntil` (ISO time): a pending message, or one
 * whose earlier claim ran out (its worker died: timeout, crash). Claims written before
 * leases existed count as run out once claimed `staleBefore`. False while another live
 * claim holds it, or once it was sent or failed.
 */
export async function claimOutbox(id: string, now: string, leaseUntil: string, staleBefore: string): Promise<boolean> {
  return conditionHolds(ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.outbox(id),
      UpdateExpression: 'SET #status = :sending, claimedAt = :now, leaseUntil = :lease ADD attempts :one',
      ConditionExpression:
        '#status = :pending OR (#status = :sending AND (leaseUntil < :now OR (attribute_not_exists(leaseUntil) AND claimedAt < :stale)))',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':sending': 'sending', ':pending': 'pending', ':now': now, ':lease': leaseUntil, ':stale': staleBefore, ':one': 1,
      },
    }),
  ));
}

/**
 * Gives a claim back (pending again) when sending did not happen, so the retry claims it at
 * once. Only the holder's own claim (same lease) is released; false if it no longer holds it.
 */
export async function releaseOutbox(id: string, leaseUntil: string): Promise<boolean> {
  return conditionHolds(ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.outbox(id),
      UpdateExpression: 'SET #status = :pending REMOVE claimedAt, leaseUntil',
      ConditionExpression: '#status = :sending AND leaseUntil = :lease',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sending': 'sending', ':pending': 'pending', ':lease': leaseUntil },
    }),
  ));
}

export async function finishOutbox(
  id: string,
  result: { status: 'sent'; messageId: string } | { status: 'failed'; reason: string },
): Promise<void> {
  await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.outbox(id),
      UpdateExpression: 'SET #status = :status, detail = :detail, finishedAt = :now',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': result.status,
        ':detail': result.status === 'sent' ? result.messageId : result.reason,
        ':now': new Date().toISOString(),
      },
    }),
  );
}
