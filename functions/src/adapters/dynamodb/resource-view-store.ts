import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { publicViewKeys } from '@trellis/shared/data/keys-public-views';
import { sha256 } from '../../security/tokens';
import { ddb, tableName } from './client';
import { chinaDay } from './public-view-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Marks that this signed-in account opened this resource today (China time): true the first
 * time, false for every later open the same day (reloads, hover preloads). One conditional
 * put of a guard that expires with the table's TTL two days later; the guard's key is a hash
 * that cannot collide with the public site's per-IP guards.
 */
export async function firstAccountViewToday(resourceId: string, accountId: string, now = Date.now()): Promise<boolean> {
  const day = chinaDay(now);
  const viewer = sha256(`account|${day}|${accountId}`).slice(0, 32);
  try {
    await ddb().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...publicViewKeys.resourceView(resourceId, day, viewer), entity: 'accountView', ttl: Math.ceil((now + 2 * DAY_MS) / 1000) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
