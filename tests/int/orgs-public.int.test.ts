import { describe, expect, it } from 'vitest';
import { demoCode } from '../../dev/demo-data';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call } from './api-client';

describe('public pages and lookup', () => {
  it('finds registered orgs by name prefix or by organization code', async () => {
    const byName = await call('orgs.lookup', { query: { q: '广州' } });
    expect(byName.body.items.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['广州市职业教育学会', '广州市交通运输职业学校']),
    );
    const byCode = await call('orgs.lookup', { query: { q: demoCode(1) } });
    expect(byCode.body.items).toEqual([expect.objectContaining({ name: '中国职业技术教育学会', parentName: null })]);
    expect((await call('orgs.lookup', { query: { q: '不存在的单位名称' } })).body.items).toEqual([]);
    expect((await call('orgs.lookup', { query: { q: 'x' } })).status).toBe(400);
  });

  it('serves the public site with parent and sub-orgs, and 404 for unknown slugs', async () => {
    resetMeter();
    const site = await call('sites.get', { params: { slug: 'shandong' } });
    // The slug guard (with the path), the orgs on the path, one page of sub-orgs.
    expect(readMeter().byCommand).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1, QueryCommand: 1 });
    expect(site.body).toMatchObject({ closed: false, org: { name: '山东省职业技术教育学会' }, parent: { slug: 'cvea' } });
    expect(site.body.children.map((c: { slug: string }) => c.slug)).toEqual(expect.arrayContaining(['jinan', 'qingdao']));
    expect((await call('sites.get', { params: { slug: 'nope' } })).status).toBe(404);
  });

  it('lists the directory from the root down for the application form', async () => {
    const root = await call('orgs.publicChildren', { params: { orgId: 'root' } });
    expect(root.body.items.map((o: { id: string }) => o.id)).toEqual(['cvea']);
    const provinces = await call('orgs.publicChildren', { params: { orgId: 'cvea' } });
    expect(provinces.body.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['sd', 'gd', 'sc']));
  });
});
