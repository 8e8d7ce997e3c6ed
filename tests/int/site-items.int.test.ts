import { describe, expect, it } from 'vitest';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs, uniqueSuffix } from './api-client';
import { CITY, NATION, PROVINCE, publishedAtSchool, SCHOOL, upOneLevel, whereShown } from './site-items-fixture';

describe('site items: writing, approval and the upward chain', () => {
  it('a correspondent writes, the school approves, the city and the province republish it with the school as source', async () => {
    const title = `技能节${uniqueSuffix()}`;
    const item = await publishedAtSchool(title);
    expect(item.status).toBe('published');
    await upOneLevel(item.id, SCHOOL, CITY);
    const done = await upOneLevel(item.id, CITY, PROVINCE);
    expect(done.trail.map((t) => `${t.action}@${t.orgName}`)).toEqual([
      'created@济南信息工程学校', 'submitted@济南信息工程学校', 'approved@济南信息工程学校',
      'recommended@济南信息工程学校', 'published@济南市职业教育学会', 'recommended@济南市职业教育学会', 'published@山东省职业技术教育学会',
    ]);
    for (const slug of [SCHOOL.slug, CITY.slug, PROVINCE.slug]) {
      const shown = await whereShown(slug);
      expect(shown.home, slug).toContain(item.id);
      expect(shown.news, slug).toContain(item.id);
      const page = await call('siteItems.publicGet', { params: { slug, itemId: item.id } });
      expect(page.body.item).toMatchObject({ title, sourceName: '济南信息工程学校', sourceSlug: 'jnxxgc', fromBelow: slug !== SCHOOL.slug });
    }
    expect((await whereShown(PROVINCE.slug)).below).toContain(item.id);
    expect((await whereShown(NATION.slug)).news).not.toContain(item.id);
    expect((await call('siteItems.publicGet', { params: { slug: NATION.slug, itemId: item.id } })).status).toBe(404);
    // The author's org and every superior see the trail; another province does not.
    const asEditor = await call('siteItems.get', { params: { orgId: SCHOOL.orgId, itemId: item.id }, token: await loginAs('jnxx.editor') });
    expect(asEditor.body.trail).toHaveLength(7);
    expect((await call('siteItems.get', { params: { orgId: NATION.orgId, itemId: item.id }, token: await loginAs('admin') })).status).toBe(200);
    expect((await call('siteItems.get', { params: { orgId: 'gd', itemId: item.id }, token: await loginAs('gd.admin') })).status).toBe(403);
  });

  it('the national site shows items published upward in its 来自各地 feed', async () => {
    const item = await publishedAtSchool();
    await upOneLevel(item.id, SCHOOL, CITY);
    await upOneLevel(item.id, CITY, PROVINCE);
    await upOneLevel(item.id, PROVINCE, NATION);
    const site = await call('sites.get', { params: { slug: NATION.slug } });
    expect(site.body.home.fromBelow.map((l: { id: string }) => l.id)).toContain(item.id);
    expect(site.body.home.fromBelow.find((l: { id: string }) => l.id === item.id)).toMatchObject({ sourceName: '济南信息工程学校', fromBelow: true });
  });

  it('a home page view costs 3 DynamoDB requests, with its latest news and notices', async () => {
    await publishedAtSchool(`首页新闻${uniqueSuffix()}`);
    await publishedAtSchool(`首页公告${uniqueSuffix()}`, 'notice');
    resetMeter();
    const site = await call('sites.get', { params: { slug: SCHOOL.slug } });
    expect(readMeter().byCommand).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1, QueryCommand: 1 });
    expect(site.body.home.news.length).toBeGreaterThan(0);
    expect(site.body.home.notices.length).toBeGreaterThan(0);
    expect(site.body.home.news.length).toBeLessThanOrEqual(6);
  });

  it('only the own admin approves; a return needs a reason and goes back to the writer', async () => {
    const editor = await loginAs('jnxx.editor');
    const created = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'notice', title: '待审公告', bodyHtml: '<p>内容</p>', submit: true } });
    const itemId = created.body.id as string;
    const decide = (token: string, orgId: string, body: object) => call('siteItems.approve', { params: { orgId, itemId }, token, body });
    expect((await decide(editor, SCHOOL.orgId, { decision: 'approve' })).status).toBe(403);
    expect((await decide(await loginAs('jn.admin'), CITY.orgId, { decision: 'approve' })).status).toBe(403);
    const admin = await loginAs('jnxx.admin');
    const noReason = await decide(admin, SCHOOL.orgId, { decision: 'return' });
    expect(noReason.body.error.fields).toEqual({ reason: ['reason.required'] });
    const back = await decide(admin, SCHOOL.orgId, { decision: 'return', reason: '请补充图片' });
    expect(back.body).toMatchObject({ status: 'returned' });
    expect(back.body.trail.at(-1)).toMatchObject({ action: 'returned', reason: '请补充图片', byName: '王建国' });
    const told = (await call('inbox.list', { token: editor })).body.items as { event?: string; link?: string; vars?: Record<string, string> }[];
    expect(told.filter((i) => i.event === 'siteItem.returned' && i.link === `/w/orgs/${SCHOOL.orgId}/site-items/${itemId}`).map((i) => i.vars?.reason)).toEqual(['请补充图片']);
    const edited = await call('siteItems.update', {
      params: { orgId: SCHOOL.orgId, itemId }, token: editor,
      body: { expectedVersion: back.body.version, kind: 'notice', title: '待审公告（修改）', bodyHtml: '<p>已补充</p>', submit: true },
    });
    expect(edited.body).toMatchObject({ status: 'pending', title: '待审公告（修改）' });
  });

  it('reviewers above decide only what was recommended to them; rejects need a reason; a race has one winner', async () => {
    const item = await publishedAtSchool();
    const sd = await loginAs('sd.admin');
    // Not recommended to the province: nothing to review there.
    expect((await call('siteItems.review', { params: { orgId: PROVINCE.orgId, itemId: item.id }, token: sd, body: { decision: 'publish' } })).status).toBe(403);
    expect((await call('siteItems.recommend', { params: { orgId: SCHOOL.orgId, itemId: item.id }, token: await loginAs('jnxx.editor'), body: {} })).status).toBe(403);
    await call('siteItems.recommend', { params: { orgId: SCHOOL.orgId, itemId: item.id }, token: await loginAs('jnxx.admin'), body: {} });
    const again = await call('siteItems.recommend', { params: { orgId: SCHOOL.orgId, itemId: item.id }, token: await loginAs('jnxx.admin'), body: {} });
    expect(again.status).toBe(409);
    const queue = await call('siteItems.queue', { params: { orgId: CITY.orgId }, token: await loginAs('jn.admin') });
    expect(queue.body.items.find((l: { id: string }) => l.id === item.id)).toMatchObject({ fromName: '济南信息工程学校' });
    expect((await call('siteItems.review', { params: { orgId: CITY.orgId, itemId: item.id }, token: await loginAs('gd.admin'), body: { decision: 'publish' } })).status).toBe(403);
    const noReason = await call('siteItems.review', { params: { orgId: CITY.orgId, itemId: item.id }, token: sd, body: { decision: 'reject' } });
    expect(noReason.status).toBe(400);
    const [a, b] = await Promise.all([
      call('siteItems.review', { params: { orgId: CITY.orgId, itemId: item.id }, token: await loginAs('jn.admin'), body: { decision: 'publish' } }),
      call('siteItems.review', { params: { orgId: CITY.orgId, itemId: item.id }, token: sd, body: { decision: 'reject', reason: '与本地无关' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const after = await call('siteItems.get', { params: { orgId: CITY.orgId, itemId: item.id }, token: sd });
    expect(after.body.trail.filter((t: { action: string }) => t.action === 'published' || t.action === 'rejected')).toHaveLength(1);
    const queueAfter = await call('siteItems.queue', { params: { orgId: CITY.orgId }, token: sd });
    expect(queueAfter.body.items.map((l: { id: string }) => l.id)).not.toContain(item.id);
  });

  it('a reviewer may pass an item further up without publishing it; the national site has no parent', async () => {
    const item = await publishedAtSchool();
    await call('siteItems.recommend', { params: { orgId: SCHOOL.orgId, itemId: item.id }, token: await loginAs('jnxx.admin'), body: {} });
    const up = await call('siteItems.recommend', { params: { orgId: CITY.orgId, itemId: item.id }, token: await loginAs('jn.admin'), body: { reason: '推荐省级' } });
    expect(up.body.placements.map((p: { orgId: string; state: string }) => `${p.orgId}:${p.state}`)).toEqual(['sd-jn-xxgc:published', 'sd-jn:forwarded', 'sd:recommended']);
    expect((await whereShown(CITY.slug)).news).not.toContain(item.id);
    const nat = await publishedAtSchool();
    await upOneLevel(nat.id, SCHOOL, CITY);
    await upOneLevel(nat.id, CITY, PROVINCE);
    await upOneLevel(nat.id, PROVINCE, NATION);
    const top = await call('siteItems.recommend', { params: { orgId: NATION.orgId, itemId: nat.id }, token: await loginAs('admin'), body: {} });
    expect(top.body.error.code).toBe('siteItem.no_parent');
  });
});
