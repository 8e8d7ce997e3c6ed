import { describe, expect, it } from 'vitest';
import { recordedInvalidations } from '../../functions/src/adapters/edge-log/logged-invalidation';
import { call, loginAs, uniqueSuffix } from './api-client';
import { CITY, PROVINCE, publishedAtSchool, SCHOOL, upOneLevel } from './site-items-fixture';

/**
 * Every change that alters public site pages tells the edge which paths to invalidate, through
 * the edge port; locally its adapter logs and records them (functions/src/adapters/edge-log),
 * and these tests read what was emitted while the change ran.
 */
async function emittedBy(change: () => Promise<{ status: number; body: unknown }>, status = 200) {
  const before = recordedInvalidations().length;
  const res = await change();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return recordedInvalidations().slice(before).map(({ reason, paths }) => ({ reason, paths }));
}

describe('edge invalidation of public sites', () => {
  it('approval, each publication up the chain, the takedown and the restore emit the sites that change, once each', async () => {
    const editor = await loginAs('jnxx.editor');
    const created = await emittedBy(async () => call('siteItems.create', {
      params: { orgId: SCHOOL.orgId }, token: editor,
      body: { kind: 'news', title: `边缘缓存${uniqueSuffix()}`, bodyHtml: '<p>正文</p>', submit: true },
    }), 201);
    expect(created).toEqual([]);
    const itemId = String((await call('siteItems.list', { params: { orgId: SCHOOL.orgId }, query: { status: 'pending' }, token: editor }))
      .body.items[0]?.id);
    expect(await emittedBy(async () => call('siteItems.approve', {
      params: { orgId: SCHOOL.orgId, itemId }, token: await loginAs(SCHOOL.admin), body: { decision: 'approve' },
    }))).toEqual([{ reason: 'site-item-approved', paths: [`/o/${SCHOOL.slug}*`] }]);

    // A recommendation shows nothing new; the city's publication changes the city's site only.
    expect(await emittedBy(async () => call('siteItems.recommend', { params: { orgId: SCHOOL.orgId, itemId }, token: await loginAs(SCHOOL.admin), body: {} })))
      .toEqual([]);
    expect(await emittedBy(async () => call('siteItems.review', {
      params: { orgId: CITY.orgId, itemId }, token: await loginAs(CITY.admin), body: { decision: 'publish' },
    }))).toEqual([{ reason: 'site-item-published', paths: [`/o/${CITY.slug}*`] }]);
    await upOneLevel(itemId, CITY, PROVINCE);

    // The takedown: every site that carried it, in ONE invalidation.
    const all = [CITY.slug, SCHOOL.slug, PROVINCE.slug].sort().map((slug) => `/o/${slug}*`);
    expect(await emittedBy(async () => call('siteItems.takedown', {
      params: { orgId: PROVINCE.orgId, itemId }, token: await loginAs(PROVINCE.admin), body: { reason: '内容与事实不符' },
    }))).toEqual([{ reason: 'site-item-taken-down', paths: all }]);
    expect(await emittedBy(async () => call('siteItems.restore', {
      params: { orgId: PROVINCE.orgId, itemId }, token: await loginAs(PROVINCE.admin), body: {},
    }))).toEqual([{ reason: 'site-item-restored', paths: all }]);
  });

  it('a refused step emits nothing', async () => {
    const item = await publishedAtSchool();
    expect(await emittedBy(async () => call('siteItems.takedown', {
      params: { orgId: SCHOOL.orgId, itemId: item.id }, token: await loginAs(SCHOOL.admin), body: { reason: '不该由本校下架' },
    }), 403)).toEqual([]);
  });

  it('creating a site invalidates its parent\'s directory and the new address; closing and reopening it, the site and its parent', async () => {
    const admin = await loginAs(PROVINCE.admin);
    const slug = `edge-${uniqueSuffix()}`.toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 30);
    let orgId = '';
    const created = await emittedBy(async () => {
      const res = await call('orgs.create', {
        params: { orgId: CITY.orgId }, token: admin, body: { name: `边缘测试学校${uniqueSuffix()}`, type: 'school', slug, region: '山东省' },
      });
      orgId = String(res.body.id);
      return res;
    }, 201);
    const both = [`/o/${CITY.slug}*`, `/o/${slug}*`].sort();
    expect(created).toEqual([{ reason: 'org-created', paths: both }]);
    expect(await emittedBy(async () => call('sites.status', { params: { orgId }, token: admin, body: { state: 'closed', reason: '整改期间暂停' } })))
      .toEqual([{ reason: 'site-closed', paths: both }]);
    expect(await emittedBy(async () => call('sites.status', { params: { orgId }, token: admin, body: { state: 'active' } })))
      .toEqual([{ reason: 'site-reopened', paths: both }]);
    // A refused close (the policy: not on one's own org) emits nothing.
    expect(await emittedBy(async () => call('sites.status', { params: { orgId: PROVINCE.orgId }, token: admin, body: { state: 'closed', reason: 'x' } }), 403))
      .toEqual([]);
  });
});
