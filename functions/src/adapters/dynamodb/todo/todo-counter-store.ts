import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { TodoCounter } from '@trellis/shared/todo/schemas';
import { ddb, tableName } from '../table/client';
import type { GuardedItem } from '../table/transact';

/**
 * An org's to-do counters: one item per org, ADDed by the write that makes something wait for
 * the org (+1) or decides it (-1), inside that write's transaction where there is one. Read
 * with the rest of the to-do in one BatchGetItem. `npm run` seeding and the repair job recount.
 */
export function todoDelta(orgIds: readonly string[], counter: TodoCounter, delta: number): GuardedItem[] {
  if (delta === 0) return [];
  return [...new Set(orgIds)].map((orgId) => ({
    item: {
      Update: {
        TableName: tableName(), Key: keys.todo(orgId),
        UpdateExpression: 'SET entity = :e ADD #c :d',
        ExpressionAttributeNames: { '#c': counter }, ExpressionAttributeValues: { ':d': delta, ':e': 'todo' },
      },
    },
  }));
}

/** The same, outside a transaction (the write it follows is already stored); a failure is logged, never raised. */
export async function bumpTodo(orgIds: readonly string[], counter: TodoCounter, delta: number): Promise<void> {
  await Promise.all(todoDelta(orgIds, counter, delta).map(async ({ item }) => {
    try {
      await ddb().send(new UpdateCommand(item.Update as ConstructorParameters<typeof UpdateCommand>[0]));
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', msg: 'todo counter not moved', counter, error: String(error) }));
    }
  }));
}

/** Sets an org's counters outright (the recount). */
export async function setTodo(orgId: string, counters: Partial<Record<TodoCounter, number>>): Promise<void> {
  const entries = Object.entries(counters);
  if (entries.length === 0) return;
  await ddb().send(new UpdateCommand({
    TableName: tableName(), Key: keys.todo(orgId),
    UpdateExpression: `SET entity = :e, ${entries.map((_, i) => `#c${i} = :v${i}`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#c${i}`, k])),
    ExpressionAttributeValues: { ':e': 'todo', ...Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])) },
  }));
}
