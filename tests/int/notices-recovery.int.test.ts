import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { putAll } from '../../functions/src/adapters/dynamodb/batch-write';
import { ddb } from '../../functions/src/adapters/dynamodb/client';
import { getOrgs } from '../../functions/src/adapters/dynamodb/org-store';
import { smsBudgetUsed, takeSmsBudget } from '../../functions/src/adapters/dynamodb/sms-budget-store';
import { budgetDay } from '../../functions/src/notify/rate-limiter';
import { uniqueSuffix } from './api-client';

/**
 * Recovery of the notice and SMS paths. DynamoDB Local is the store; faults are injected at the
 * document client (a call answers differently once) and SMS goes through a scripted port.
 */
type Send = (command: object) => Promise<unknown>;

function hookDdb(hook: (command: object, send: Send) => Promise<unknown>): void {
  const client = ddb() as unknown as { send: Send };
  const send = client.send.bind(client);
  vi.spyOn(client, 'send').mockImplementation((command) => hook(command, send));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loading many orgs', () => {
  it('loads more than 100 orgs (one BatchGetItem per 100) and retries unprocessed keys', async () => {
    const suffix = uniqueSuffix();
    const ids = Array.from({ length: 230 }, (_, i) => `bulk-${suffix}-${i}`);
    // Bare org records (no index keys), so listings elsewhere never see them.
    await putAll(ids.map((id, i) => ({ ...keys.org(id), entity: 'org', id, name: `批量${i}`, type: 'school', status: 'active' })));
    const sizes: number[] = [];
    let deferred = false;
    hookDdb(async (command, send) => {
      if (!(command instanceof BatchGetCommand)) return send(command);
      const table = Object.keys(command.input.RequestItems ?? {})[0] ?? '';
      const asked = command.input.RequestItems?.[table]?.Keys ?? [];
      sizes.push(asked.length);
      if (deferred || asked.length < 2) return send(command);
      deferred = true; // The first request answers only half, as DynamoDB may under load.
      const half = asked.slice(0, Math.floor(asked.length / 2));
      const out = (await send(new BatchGetCommand({ RequestItems: { [table]: { ...command.input.RequestItems?.[table], Keys: half } } }))) as Record<string, unknown>;
      return { ...out, UnprocessedKeys: { [table]: { Keys: asked.slice(half.length) } } };
    });
    const found = await getOrgs([...ids, ...ids.slice(0, 10), 'sd']);
    expect(found.size).toBe(231);
    expect(found.get(ids[150] ?? '')?.name).toBe('批量150');
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    expect(sizes).toEqual([100, 50, 100, 31]);
  });
});

describe('SMS budget', () => {
  it('a daily budget of 0 lets no message through, not even the first of the day', async () => {
    const orgId = `zero-${uniqueSuffix()}`;
    const day = budgetDay();
    expect(await takeSmsBudget(orgId, day, 0)).toBe(false);
    expect(await takeSmsBudget(orgId, day, -1)).toBe(false);
    expect(await smsBudgetUsed(orgId, day)).toBe(0);
    expect(await takeSmsBudget(orgId, day, 1)).toBe(true);
    expect(await takeSmsBudget(orgId, day, 1)).toBe(false);
    expect(await smsBudgetUsed(orgId, day)).toBe(1);
  });
});
