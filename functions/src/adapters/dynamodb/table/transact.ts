import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ddb } from './client';
import type { DomainError } from '../../../errors';

const MAX_ATTEMPTS = 4;
const BACKOFF_MS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One transaction item and the domain error to raise when its condition fails. */
export interface GuardedItem {
  item: TransactItem;
  onConditionFailed?: () => DomainError;
}

/**
 * Runs one TransactWriteItems request. When a condition fails, the error of the first
 * failed item is raised, so "name taken" and "already decided" are told apart.
 * A transaction cancelled by a conflicting concurrent transaction is retried with backoff;
 * the retry then meets the winner's write and fails its condition, or succeeds.
 */
export async function transact(items: GuardedItem[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ddb().send(new TransactWriteCommand({ TransactItems: items.map((g) => g.item) }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      const raise = failed >= 0 ? items[failed]?.onConditionFailed : undefined;
      if (raise) throw raise();
      const conflicted = reasons.some((r) => r.Code === 'TransactionConflict');
      if (!conflicted || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(BACKOFF_MS * 2 ** attempt * Math.random());
    }
  }
}
