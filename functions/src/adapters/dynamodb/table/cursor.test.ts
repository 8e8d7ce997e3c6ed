import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type CursorScope } from './cursor';

beforeAll(() => {
  process.env.TABLE_NAME ??= 'trellis';
  process.env.CURSOR_SECRET ??= 'unit-tests-cursor-secret-0123456789abcdef';
});

const childrenOf = (orgId: string): CursorScope => ({
  IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': `CHILDREN#${orgId}` },
});
const key = { pk: 'ORG#sd-jn', sk: 'ORG', gsi1pk: 'CHILDREN#sd', gsi1sk: '济南市#sd-jn' };
const refused = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { fields?: Record<string, string[]> }).fields;
  }
  return 'accepted';
};

describe('pagination cursors', () => {
  it('give back the key for the same list', () => {
    const cursor = encodeCursor(key, childrenOf('sd'));
    expect(cursor).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(decodeCursor(cursor!, childrenOf('sd'))).toEqual(key);
    expect(encodeCursor(undefined, childrenOf('sd'))).toBeNull();
    expect(decodeCursor(undefined, childrenOf('sd'))).toBeUndefined();
  });

  it('refuse a cursor from another org, another list or another filter value', () => {
    const cursor = encodeCursor(key, childrenOf('sd'))!;
    expect(refused(() => decodeCursor(cursor, childrenOf('gd')))).toEqual({ cursor: ['cursor.invalid'] });
    expect(refused(() => decodeCursor(cursor, { ...childrenOf('sd'), IndexName: 'gsi2' }))).toEqual({ cursor: ['cursor.invalid'] });
    expect(refused(() => decodeCursor(cursor, { ...childrenOf('sd'), FilterExpression: '#s = :s' }))).toEqual({ cursor: ['cursor.invalid'] });
  });

  it('refuse forged, edited and malformed cursors', () => {
    const forged = Buffer.from(JSON.stringify({ pk: { S: 'x' } })).toString('base64url');
    const cursor = encodeCursor(key, childrenOf('sd'))!;
    const [body, mac] = cursor.split('.');
    const edited = Buffer.from(JSON.stringify({ ...key, pk: 'ORG#gd' })).toString('base64url');
    for (const bad of [forged, `${forged}.${mac}`, `${edited}.${mac}`, `${body}.`, `.${mac}`, `${cursor}.x`, '%%%', 'a.b', `${body}.${mac}A`]) {
      expect(refused(() => decodeCursor(bad, childrenOf('sd'))), bad).toEqual({ cursor: ['cursor.invalid'] });
    }
  });
});
