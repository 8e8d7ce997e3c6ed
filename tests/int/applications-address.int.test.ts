import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, loginAs, randomUscc, uniqueSuffix } from './api-client';

/** Defect 8 of issue 14: an application proposes a readable site address (pinyin of the name) and reserves it. */
function application(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    name: `地址测试学校${suffix}`, type: 'school', parentId: 'sd-jn', region: '山东省济南市', code: randomUscc(), contactName: '孙老师',
    mobile: `139${String(randomInt(10 ** 8)).padStart(8, '0')}`, email: `addr-${suffix}@example.cn`, adminUsername: `d${suffix}`.slice(0, 30),
    adminPassword: 'a-long-passphrase', ...overrides,
  };
}

async function apply(overrides: Record<string, unknown> = {}) {
  const res = await call('applications.apply', { body: application(overrides) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const status = await call('applications.status', { params: { number: res.body.number } });
  return { id: (res.body.number as string).toLowerCase(), number: res.body.number as string, slug: status.body.slug as string };
}

describe('site addresses proposed by applications', () => {
  it('suggests the name in pinyin, reserves it, and the approved org gets it', async () => {
    const app = await apply();
    expect(app.slug).toMatch(/^dizhi-csxx[0-9a-z]+$/);
    expect((await call('sites.address', { params: { slug: app.slug } })).body).toEqual({ slug: app.slug, available: false });
    const decided = await call('applications.decide', { params: { applicationId: app.id }, body: { decision: 'approve' }, token: await loginAs('jn.admin') });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ orgSlug: app.slug, decidedByName: '赵丽' });
    expect((await call('sites.get', { params: { slug: app.slug } })).status).toBe(200);
  });

  it('gives the same name under another parent the next free address', async () => {
    const name = `同名测试学校${uniqueSuffix()}`;
    const first = await apply({ name });
    const second = await apply({ name, parentId: 'sd-qd', region: '山东省青岛市' });
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug.startsWith(first.slug.replace(/-\d$/, ''))).toBe(true);
  });

  it('takes the address asked for, refuses one already held, and frees it again on rejection', async () => {
    const slug = `wanted-${uniqueSuffix()}`;
    const app = await apply({ slug });
    expect(app.slug).toBe(slug);
    const again = await call('applications.apply', { body: application({ slug }) });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('slug.taken');
    const taken = await call('applications.apply', { body: application({ slug: 'shandong' }) });
    expect(taken.body.error.code).toBe('slug.taken');
    const rejected = await call('applications.decide', {
      params: { applicationId: app.id }, body: { decision: 'reject', reason: '重复' }, token: await loginAs('jn.admin'),
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.decidedByName).toBe('赵丽');
    expect((await call('sites.address', { params: { slug } })).body.available).toBe(true);
  });
});

describe('sites.suggestAddress', () => {
  it('proposes the address an application without one would get, and the next one once it is reserved', async () => {
    const name = `建议测试学校${uniqueSuffix()}`;
    const proposed = await call('sites.suggestAddress', { query: { name } });
    expect(proposed.status).toBe(200);
    expect(proposed.body.available).toBe(true);
    const app = await apply({ name });
    expect(app.slug).toBe(proposed.body.slug);
    const next = await call('sites.suggestAddress', { query: { name } });
    expect(next.body).toEqual({ slug: `${app.slug}-2`, available: true });
  });
});
