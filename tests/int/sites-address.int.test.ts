import { describe, expect, it } from 'vitest';
import { call, uniqueSuffix } from './api-client';

/** sites.address: whether a site address is free (public, one GetItem; the route matrix covers its 400s). */
describe('site addresses', () => {
  it('says a taken address is taken and a fresh one is free, without signing in', async () => {
    const taken = await call('sites.address', { params: { slug: 'shandong' } });
    expect(taken.status).toBe(200);
    expect(taken.body).toEqual({ slug: 'shandong', available: false });
    const slug = `free-${uniqueSuffix()}`;
    const free = await call('sites.address', { params: { slug } });
    expect(free.body).toEqual({ slug, available: true });
  });

  it('normalizes the address as creation does (trimmed, lower case)', async () => {
    const res = await call('sites.address', { params: { slug: 'ShanDong' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ slug: 'shandong', available: false });
  });
});
