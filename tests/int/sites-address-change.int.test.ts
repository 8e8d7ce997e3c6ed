import { describe, expect, it } from 'vitest';
import { call, loginAs, uniqueSuffix } from './api-client';

/** sites.changeAddress: an org's admin (or one above) moves its site; former addresses stay the org's and resolve to it. */
async function newSchool(token: string) {
  const res = await call('orgs.create', { params: { orgId: 'sd-jn' }, token, body: { name: `改址测试学校${uniqueSuffix()}`, type: 'school', region: '山东省济南市' } });
  expect(res.status).toBe(201);
  return res.body as { id: string; slug: string; version: number };
}

describe('changing a site address', () => {
  it('moves the site; the old address still finds the org (the web redirects it) and no one else can take it', async () => {
    const token = await loginAs('jn.admin');
    const school = await newSchool(token);
    const slug = `gaizhi-${uniqueSuffix()}`;
    const moved = await call('sites.changeAddress', { params: { orgId: school.id }, token, body: { expectedVersion: school.version, slug } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ slug, version: school.version + 1 });
    expect((await call('sites.get', { params: { slug } })).body.org.slug).toBe(slug);
    const old = await call('sites.get', { params: { slug: school.slug } });
    expect(old.status).toBe(200);
    expect(old.body.org.slug).toBe(slug);

    const other = await newSchool(token);
    const grab = await call('sites.changeAddress', { params: { orgId: other.id }, token, body: { expectedVersion: other.version, slug: school.slug } });
    expect(grab.status).toBe(409);
    expect(grab.body.error.code).toBe('slug.taken');
    const stale = await call('sites.changeAddress', { params: { orgId: school.id }, token, body: { expectedVersion: school.version, slug: `x-${uniqueSuffix()}` } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict.version');

    // Back to its own former address: allowed.
    const back = await call('sites.changeAddress', { params: { orgId: school.id }, token, body: { expectedVersion: school.version + 1, slug: school.slug } });
    expect(back.status).toBe(200);
    expect((await call('sites.get', { params: { slug } })).body.org.slug).toBe(school.slug);
  });

  it('is for admins: a correspondent of the school may not', async () => {
    const res = await call('sites.changeAddress', {
      params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('jnxx.editor'), body: { expectedVersion: 1, slug: `c-${uniqueSuffix()}` },
    });
    expect(res.status).toBe(403);
  });
});
