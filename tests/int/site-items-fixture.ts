import { expect } from 'vitest';
import { call, loginAs, uniqueSuffix } from './api-client';

export type Item = { id: string; version: number; status: string; trail: { action: string; orgName: string; reason: string | null }[]; placements: { orgId: string; state: string }[] };

/** The school's correspondent writes a news item and submits it; the school admin publishes it. */
export async function publishedAtSchool(title = `技能节新闻${uniqueSuffix()}`, kind = 'news'): Promise<Item> {
  const editor = await loginAs('jnxx.editor');
  const created = await call('siteItems.create', {
    params: { orgId: 'sd-jn-xxgc' }, token: editor,
    body: { kind, title, bodyHtml: '<p>学生在数控加工项目中获得一等奖。</p>', submit: true },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const approved = await call('siteItems.approve', {
    params: { orgId: 'sd-jn-xxgc', itemId: created.body.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' },
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return approved.body as Item;
}

/** `orgId` recommends the item to its parent, whose admin then publishes it. */
export async function upOneLevel(itemId: string, from: { orgId: string; admin: string }, to: { orgId: string; admin: string }): Promise<Item> {
  const rec = await call('siteItems.recommend', { params: { orgId: from.orgId, itemId }, token: await loginAs(from.admin), body: {} });
  expect(rec.status, JSON.stringify(rec.body)).toBe(200);
  const pub = await call('siteItems.review', { params: { orgId: to.orgId, itemId }, token: await loginAs(to.admin), body: { decision: 'publish' } });
  expect(pub.status, JSON.stringify(pub.body)).toBe(200);
  return pub.body as Item;
}

export const SCHOOL = { orgId: 'sd-jn-xxgc', admin: 'jnxx.admin', slug: 'jnxxgc' };
export const CITY = { orgId: 'sd-jn', admin: 'jn.admin', slug: 'jinan' };
export const PROVINCE = { orgId: 'sd', admin: 'sd.admin', slug: 'shandong' };
export const NATION = { orgId: 'cvea', admin: 'admin', slug: 'cvea' };

/** Ids on a site's home page (all three lists) and its public lists. */
export async function whereShown(slug: string): Promise<{ home: string[]; news: string[]; notices: string[]; below: string[] }> {
  const site = await call('sites.get', { params: { slug } });
  const home = [...site.body.home.news, ...site.body.home.notices, ...site.body.home.fromBelow].map((l: { id: string }) => l.id);
  const list = async (category: string) =>
    (await call('siteItems.publicList', { params: { slug }, query: { category } })).body.items.map((l: { id: string }) => l.id) as string[];
  return { home, news: await list('news'), notices: await list('notice'), below: await list('below') };
}
