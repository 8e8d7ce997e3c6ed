import { createHmac, timingSafeEqual } from 'node:crypto';
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '../../../config';
import { ValidationError } from '../../../errors';

/** What a cursor is bound to: the Query it continues (index, key condition, filter and their values). */
export type CursorScope = Pick<QueryCommandInput, 'IndexName' | 'KeyConditionExpression' | 'FilterExpression' | 'ExpressionAttributeValues'>;

const invalid = () => new ValidationError({ cursor: ['cursor.invalid'] });

/** A stable text of the scope: the same list of the same target always gives the same text. */
function scopeText(scope: CursorScope): string {
  const values = Object.entries(scope.ExpressionAttributeValues ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([scope.IndexName ?? '', scope.KeyConditionExpression ?? '', scope.FilterExpression ?? '', values]);
}

function mac(body: string, scope: CursorScope): Buffer {
  const secret = config().CURSOR_SECRET;
  if (!secret) throw new Error('CURSOR_SECRET is not set: pagination cursors cannot be signed');
  return createHmac('sha256', secret).update(body).update('\n').update(scopeText(scope)).digest();
}

/**
 * Opaque pagination cursor: the LastEvaluatedKey (base64url JSON) and an HMAC over it and the
 * Query it continues, with the secret CURSOR_SECRET. Only the server can make one, and one is
 * good only for the list it came from: a forged or edited key, or a cursor from another list or
 * another org, is refused as 400 `cursor.invalid` before DynamoDB sees it.
 */
export function encodeCursor(key: Record<string, unknown> | undefined, scope: CursorScope): string | null {
  if (!key) return null;
  const body = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${body}.${mac(body, scope).toString('base64url')}`;
}

export function decodeCursor(cursor: string | undefined, scope: CursorScope): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const [body, signature, extra] = cursor.split('.');
  if (!body || !signature || extra !== undefined) throw invalid();
  const expected = mac(body, scope);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  try {
    const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw invalid();
}
