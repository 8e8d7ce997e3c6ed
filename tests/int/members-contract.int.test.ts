import { describe, expect, it } from 'vitest';
import { call, loginAs } from './api-client';

/** Happy paths of the member-unit routes no other int test reaches; `call` parses each with the row's output. */
describe('members: contract happy paths', () => {
  it('members.get: the org admin reads one of its seeded member units', async () => {
    const res = await call('members.get', { params: { orgId: 'sd-jn', memberId: 'hy20250901-demo01' }, token: await loginAs('jn.admin') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: 'hy20250901-demo01', number: 'HY20250901-DEMO01', orgId: 'sd-jn', name: '山东浪潮软件股份有限公司', status: 'approved' });
  });
});
