import { describe, expect, it } from 'vitest';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { call, loginAs, randomUscc, uniqueSuffix } from './api-client';
import { fileBytes, PNG_HEAD, uploadFile } from './upload-flow';

const NAV = ['home', 'news', 'notices', 'members', 'about'];

async function freshOrg(): Promise<{ id: string; slug: string; version: number }> {
  const res = await call('orgs.create', { params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin'), body: { name: `站点测试学校${uniqueSuffix()}`, type: 'school', region: '山东省济南市' } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('site settings and status', () => {
  it('saves logo, banner, navigation order and domain; the public site serves signed image URLs in that order', async () => {
    const org = await freshOrg();
    const token = await loginAs('jn.admin');
    const logo = await uploadFile(token, org.id, 'logo.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    const banner = await uploadFile(token, org.id, 'banner.png', 'image/png', 'image', fileBytes(4096, PNG_HEAD));
    const navOrder = ['home', 'members', 'news', 'notices', 'about'];
    const res = await call('sites.settings', {
      params: { orgId: org.id }, token,
      body: { expectedVersion: org.version, logoUploadId: logo, bannerUploadId: banner, navOrder, customDomain: 'WWW.Example.org.cn' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.siteSettings).toMatchObject({ navOrder, customDomain: 'www.example.org.cn' });
    expect(res.body.version).toBe(org.version + 1);
    const site = await call('sites.get', { params: { slug: org.slug } });
    expect(site.body.settings.navOrder).toEqual(navOrder);
    const image = await fetch(site.body.settings.logoUrl as string);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).subarray(0, 8)).toEqual(PNG_HEAD);
    expect(site.body.settings.bannerUrl).toContain('X-Amz-Signature');
    const removed = await call('sites.settings', { params: { orgId: org.id }, token, body: { expectedVersion: org.version + 1, removeLogo: true, navOrder, customDomain: 'www.example.org.cn' } });
    expect(removed.body.siteSettings.logoKey).toBeUndefined();
    expect(removed.body.siteSettings.bannerKey).toBeTruthy();
  });

  it('refuses bad input with field errors and writes nothing; two saves of one version: one 409', async () => {
    const org = await freshOrg();
    const token = await loginAs('jn.admin');
    const bad = await call('sites.settings', { params: { orgId: org.id }, token, body: { expectedVersion: org.version, navOrder: ['home', 'home', 'news', 'notices', 'about'], customDomain: 'not a host' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ navOrder: ['nav.duplicate'], customDomain: ['domain.invalid'] });
    const notImage = await call('sites.settings', { params: { orgId: org.id }, token, body: { expectedVersion: org.version, navOrder: NAV, logoUploadId: 'up-missing' } });
    expect(notImage.body.error.fields).toEqual({ logoUploadId: ['upload.not_usable'] });
    expect((await getOrg(org.id))?.siteSettings).toBeUndefined();
    const saves = await Promise.all(['a.cn', 'b.cn'].map((d) =>
      call('sites.settings', { params: { orgId: org.id }, token, body: { expectedVersion: org.version, navOrder: NAV, customDomain: `www.${d}` } })));
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(saves.find((r) => r.status === 409)?.body.error.code).toBe('conflict.version');
  });

  it('only admins set the custom domain; another province is refused like a missing org', async () => {
    const org = await freshOrg();
    const username = `corr${uniqueSuffix()}`.slice(0, 30);
    const created = await call('accounts.create', {
      params: { orgId: org.id }, token: await loginAs('jn.admin'),
      body: { username, displayName: '通讯员', roles: ['correspondent'], password: 'a-first-passphrase' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const first = await loginAs(username, 'a-first-passphrase');
    expect((await call('auth.password', { token: first, body: { current: 'a-first-passphrase', next: 'a-second-passphrase' } })).status).toBe(200);
    const corr = await loginAs(username, 'a-second-passphrase');
    const domain = await call('sites.settings', { params: { orgId: org.id }, token: corr, body: { expectedVersion: org.version, navOrder: NAV, customDomain: 'www.corr.cn' } });
    expect(domain.status).toBe(403);
    expect((await getOrg(org.id))?.siteSettings).toBeUndefined();
    const nav = ['about', 'home', 'news', 'notices', 'members'];
    const ok = await call('sites.settings', { params: { orgId: org.id }, token: corr, body: { expectedVersion: org.version, navOrder: nav } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.siteSettings).toEqual({ navOrder: nav });
    const close = await call('sites.status', { params: { orgId: org.id }, token: corr, body: { state: 'closed', reason: 'x' } });
    expect(close.status).toBe(403);
    const gd = await loginAs('gd.admin');
    const foreign = await call('sites.settings', { params: { orgId: 'sd-jn' }, token: gd, body: { expectedVersion: 1, navOrder: NAV } });
    const missing = await call('sites.settings', { params: { orgId: 'no-such-org' }, token: gd, body: { expectedVersion: 1, navOrder: NAV } });
    expect(foreign.status).toBe(403);
    expect(missing.body).toEqual(foreign.body);
  });

  it('superiors close a site with a reason and reopen it; the org itself cannot; another province cannot', async () => {
    const org = await freshOrg();
    // Jinan's own admin cannot close Jinan's site (only strictly above).
    const self = await call('sites.status', { params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin'), body: { state: 'closed', reason: '自己关闭' } });
    expect(self.status).toBe(403);
    const foreign = await call('sites.status', { params: { orgId: org.id }, token: await loginAs('gd.admin'), body: { state: 'closed', reason: '越权' } });
    expect(foreign.body).toEqual(self.body);
    expect((await call('sites.get', { params: { slug: 'jinan' } })).body.closed).toBe(false);
    const noReason = await call('sites.status', { params: { orgId: org.id }, token: await loginAs('jn.admin'), body: { state: 'closed', reason: '' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual({ reason: ['reason.required'] });
    expect((await call('sites.get', { params: { slug: org.slug } })).body.closed).toBe(false);
    const closed = await call('sites.status', { params: { orgId: org.id }, token: await loginAs('sd.admin'), body: { state: 'closed', reason: '内容整改' } });
    expect(closed.status).toBe(200);
    expect(closed.body.siteStatus).toMatchObject({ state: 'closed', reason: '内容整改' });
    const site = await call('sites.get', { params: { slug: org.slug } });
    expect(site.body).toMatchObject({ closed: true, closedReason: '内容整改', children: [] });
    expect(site.body.org.intro).toBe('');
    const members = await call('members.publicList', { params: { slug: org.slug } });
    expect(members.body).toMatchObject({ site: { closed: true, closedReason: '内容整改' }, items: [] });
    const apply = await call('members.apply', {
      params: { slug: org.slug },
      body: { name: '某企业有限公司', type: 'enterprise', code: randomUscc(), contactPerson: '钱经理', phone: '0531-88880000', email: 'a@example.cn', address: '济南' },
    });
    expect(apply.status).toBe(404);
    expect(apply.body.error.code).toBe('site.not_found');
    await call('sites.status', { params: { orgId: org.id }, token: await loginAs('jn.admin'), body: { state: 'active' } });
    expect((await call('sites.get', { params: { slug: org.slug } })).body).toMatchObject({ closed: false, closedReason: null });
  });
});
