import { describe, expect, it } from 'vitest';
import { call, loginAs } from './api-client';

/** Happy paths of the notices routes no other int test reaches; `call` parses each with the row's output. */
describe('notices: contract happy paths', () => {
  it("notices.smsBudget: an admin reads today's SMS budget use of the org", async () => {
    const res = await call('notices.smsBudget', { params: { orgId: 'sd' }, token: await loginAs('sd.admin') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), used: expect.any(Number), limit: expect.any(Number) });
  });
});
