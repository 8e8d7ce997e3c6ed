import { describe, expect, it } from 'vitest';
import { IMPORT_BATCH_MAX } from '@trellis/shared/accounts/schemas';
import { call, loginAs, uniqueSuffix } from './api-client';

function rowsFor(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({ username: `${prefix}${i}`, displayName: `老师${i}` }));
}

describe('roster import in small batches, safe to retry', () => {
  it('refuses a batch above the limit and writes nothing', async () => {
    const token = await loginAs('jnxx.admin');
    const u = `ib${uniqueSuffix()}`.slice(0, 16);
    const res = await call('accounts.import', {
      params: { orgId: 'sd-jn-xxgc' }, token, body: { importId: `imp-${u}`, rows: rowsFor(u, IMPORT_BATCH_MAX + 1) },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject({ rows: ['rows.batch_too_many'] });
    const login = await call('auth.login', { body: { login: `${u}0`, password: 'whatever-pass-1' } });
    expect(login.status).toBe(401);
    const noId = await call('accounts.import', { params: { orgId: 'sd-jn-xxgc' }, token, body: { rows: rowsFor(u, 1) } });
    expect(noId.status).toBe(400);
  });

  it('numbers rows from firstRow; a retried batch reports rows it already created, another import gets username.taken', async () => {
    const token = await loginAs('jnxx.admin');
    const u = `ir${uniqueSuffix()}`.slice(0, 16);
    const body = { importId: `imp-${u}`, firstRow: 11, rows: rowsFor(u, 2) };
    const first = await call('accounts.import', { params: { orgId: 'sd-jn-xxgc' }, token, body });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ created: 2, existing: 0, failed: 0 });
    expect(first.body.results.map((r: { row: number }) => r.row)).toEqual([11, 12]);
    const retry = await call('accounts.import', { params: { orgId: 'sd-jn-xxgc' }, token, body });
    expect(retry.body).toMatchObject({ created: 0, existing: 2, failed: 0 });
    expect(retry.body.results[0]).toEqual({ row: 11, username: `${u}0`, status: 'existing' });
    const other = await call('accounts.import', { params: { orgId: 'sd-jn-xxgc' }, token, body: { ...body, importId: `other-${u}` } });
    expect(other.body).toMatchObject({ created: 0, existing: 0, failed: 2 });
    expect(other.body.results[0].fields).toEqual({ username: ['username.taken'] });
    // The first temporary password still works: the retry changed nothing.
    const login = await call('auth.login', { body: { login: `${u}0`, password: first.body.results[0].temporaryPassword } });
    expect(login.status).toBe(200);
  });

  it('two concurrent sends of the same batch create each account once', async () => {
    const token = await loginAs('jnxx.admin');
    const u = `ic${uniqueSuffix()}`.slice(0, 16);
    const body = { importId: `imp-${u}`, rows: rowsFor(u, 3) };
    const both = await Promise.all([1, 2].map(() => call('accounts.import', { params: { orgId: 'sd-jn-xxgc' }, token, body })));
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    for (let i = 0; i < 3; i += 1) {
      const statuses = both.map((r) => r.body.results[i].status).sort();
      expect(statuses).toEqual(['created', 'existing']);
    }
  });
});
