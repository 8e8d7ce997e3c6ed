import { describe, expect, it } from 'vitest';
import { call, loginAs } from './api-client';
import { CITY, PROVINCE, publishedAtSchool, SCHOOL, upOneLevel, whereShown } from './site-items-fixture';

const takedown = async (admin: string, orgId: string, itemId: string, reason = '内容与事实不符') =>
  call('siteItems.takedown', { params: { orgId, itemId }, token: await loginAs(admin), body: { reason } });
const restore = async (admin: string, orgId: string, itemId: string) =>
  call('siteItems.restore', { params: { orgId, itemId }, token: await loginAs(admin), body: {} });

async function onThreeSites() {
  const item = await publishedAtSchool();
  await upOneLevel(item.id, SCHOOL, CITY);
  await upOneLevel(item.id, CITY, PROVINCE);
  return item;
}

describe('site items: takedown from above', () => {
  it('the province takes an item down from every site and feed; the school is told why', async () => {
    const item = await onThreeSites();
    const down = await takedown('sd.admin', PROVINCE.orgId, item.id);
    expect(down.body).toMatchObject({ status: 'taken_down', takedown: { orgId: 'sd', reason: '内容与事实不符', byName: '李明' } });
    for (const slug of [SCHOOL.slug, CITY.slug, PROVINCE.slug]) {
      const shown = await whereShown(slug);
      expect([...shown.home, ...shown.news, ...shown.below], slug).not.toContain(item.id);
      expect((await call('siteItems.publicGet', { params: { slug, itemId: item.id } })).status, slug).toBe(404);
    }
    const schoolList = await call('siteItems.list', { params: { orgId: SCHOOL.orgId }, query: { status: 'taken_down' }, token: await loginAs('jnxx.editor') });
    const mine = schoolList.body.items.find((i: { id: string }) => i.id === item.id);
    expect(mine.trail.at(-1)).toMatchObject({ action: 'taken_down', orgName: '山东省职业技术教育学会', reason: '内容与事实不符' });
    // And told in their inbox: a system message from the province to the school's admins and correspondents.
    const told = async (login: string) => ((await call('inbox.list', { token: await loginAs(login) })).body.items as { event?: string; orgName: string; noticeId: string; vars?: Record<string, string> }[])
      .find((n) => n.event === 'siteItem.taken_down' && n.vars?.title === mine.title);
    expect(await told('jnxx.editor')).toMatchObject({ orgName: '山东省职业技术教育学会', vars: { reason: '内容与事实不符' } });
    const adminCopy = await told('jnxx.admin');
    const opened = await call('inbox.get', { params: { noticeId: adminCopy!.noticeId }, token: await loginAs('jnxx.admin') });
    expect(opened.body).toMatchObject({ kind: 'system', link: `/w/orgs/${SCHOOL.orgId}/site-items/${item.id}` });
  });

  it('only admins strictly above the origin take down; only the same level or above undoes it', async () => {
    const item = await onThreeSites();
    expect((await takedown('jnxx.admin', SCHOOL.orgId, item.id)).status).toBe(403);
    expect((await takedown('gd.admin', 'gd', item.id)).status).toBe(403);
    expect((await takedown('jnxx.editor', SCHOOL.orgId, item.id)).status).toBe(403);
    expect((await takedown('sd.admin', PROVINCE.orgId, item.id, '')).status).toBe(400);
    expect((await takedown('sd.admin', PROVINCE.orgId, item.id)).status).toBe(200);
    expect((await restore('jn.admin', CITY.orgId, item.id)).status).toBe(403);
    expect((await restore('jnxx.admin', SCHOOL.orgId, item.id)).status).toBe(403);
    const back = await restore('admin', 'cvea', item.id);
    expect(back.body).toMatchObject({ status: 'published', takedown: null });
    for (const slug of [SCHOOL.slug, CITY.slug, PROVINCE.slug]) expect((await whereShown(slug)).home, slug).toContain(item.id);
  });

  it('a city takedown can be undone by the city; the province can undo it too', async () => {
    const item = await onThreeSites();
    await takedown('jn.admin', CITY.orgId, item.id);
    expect((await restore('jn.admin', CITY.orgId, item.id)).status).toBe(200);
    await takedown('jn.admin', CITY.orgId, item.id);
    expect((await restore('sd.admin', PROVINCE.orgId, item.id)).status).toBe(200);
  });

  it('two takedowns at once: one wins, the other is told', async () => {
    const item = await onThreeSites();
    const [a, b] = await Promise.all([takedown('sd.admin', PROVINCE.orgId, item.id), takedown('jn.admin', CITY.orgId, item.id)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const final = await call('siteItems.get', { params: { orgId: PROVINCE.orgId, itemId: item.id }, token: await loginAs('sd.admin') });
    expect(final.body.trail.filter((t: { action: string }) => t.action === 'taken_down')).toHaveLength(1);
  });

  it('nothing can be reviewed or recommended while taken down', async () => {
    const item = await publishedAtSchool();
    await call('siteItems.recommend', { params: { orgId: SCHOOL.orgId, itemId: item.id }, token: await loginAs('jnxx.admin'), body: {} });
    await takedown('sd.admin', PROVINCE.orgId, item.id);
    const queue = await call('siteItems.queue', { params: { orgId: CITY.orgId }, token: await loginAs('jn.admin') });
    expect(queue.body.items.map((l: { id: string }) => l.id)).not.toContain(item.id);
    const pub = await call('siteItems.review', { params: { orgId: CITY.orgId, itemId: item.id }, token: await loginAs('jn.admin'), body: { decision: 'publish' } });
    expect(pub.body.error.code).toBe('siteItem.taken_down');
  });
});
