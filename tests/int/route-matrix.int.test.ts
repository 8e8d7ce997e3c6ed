import { describe, expect, it } from 'vitest';
import { ROUTES, type RouteId } from '@trellis/shared/http/routes';
import type { Invocation } from '../../dev/invoke';
import { call, loginAs } from './api-client';

/**
 * Every route of the table, table-driven: a malformed request gets 400 with field errors,
 * and for policy routes an actor from another province gets the same 403 as for a target
 * that does not exist. Mutations are checked to have written nothing.
 */
interface Case {
  bad: Invocation;
  /** For policy routes: a well-formed call that a Guangdong admin must not be allowed to make on Shandong's data. */
  foreign?: Invocation;
}

const ACCOUNT = { accountId: 'u-doesnotexist' };

const CASES: Partial<Record<RouteId, Case>> = {
  'auth.login': { bad: { body: { login: '', password: '' } } },
  'auth.password': { bad: { body: { current: '', next: 'short' } } },
  'auth.smsCode': { bad: { body: { phone: 'abc' } } },
  'auth.smsReset': { bad: { body: { phone: '13800000000', code: '12', next: 'x' } } },
  'orgs.lookup': { bad: { query: { q: '' } } },
  'orgs.publicChildren': { bad: { params: { orgId: 'Bad Id' } } },
  'sites.get': { bad: { params: { slug: '-bad-' } } },
  'applications.apply': { bad: { body: { name: '' } } },
  'applications.status': { bad: { params: { number: 'nope' } } },
  'orgs.get': { bad: { params: { orgId: 'BAD!' } }, foreign: { params: { orgId: 'sd-jn' } } },
  'orgs.children': { bad: { params: { orgId: 'sd' }, query: { cursor: '%%%' } }, foreign: { params: { orgId: 'sd' } } },
  'orgs.subtree': { bad: { params: { orgId: 'sd' }, query: { cursor: '!!' } }, foreign: { params: { orgId: 'sd' } } },
  'orgs.create': { bad: { params: { orgId: 'sd' }, body: { name: '', type: 'x' } }, foreign: { params: { orgId: 'sd' }, body: { name: '越权单位', type: 'school' } } },
  'orgs.update': { bad: { params: { orgId: 'sd' }, body: { expectedVersion: 0 } }, foreign: { params: { orgId: 'sd' }, body: { expectedVersion: 1, region: 'x' } } },
  'orgs.status': { bad: { params: { orgId: 'sd-jn' }, body: { status: 'gone' } }, foreign: { params: { orgId: 'sd-jn' }, body: { status: 'disabled' } } },
  'sites.edit': { bad: { params: { orgId: 'sd' }, body: { expectedVersion: 1 } }, foreign: { params: { orgId: 'sd' }, body: { expectedVersion: 1, intro: 'x', contact: {} } } },
  'accounts.list': { bad: { params: { orgId: 'sd' }, query: { cursor: '@' } }, foreign: { params: { orgId: 'sd' } } },
  'accounts.create': { bad: { params: { orgId: 'sd' }, body: { username: '1' } }, foreign: { params: { orgId: 'sd' }, body: { username: 'foreign.user', displayName: 'x', roles: ['member'], password: 'a-good-password' } } },
  'accounts.import': { bad: { params: { orgId: 'sd' }, body: { importId: 'matrix-import', rows: [] } }, foreign: { params: { orgId: 'sd' }, body: { importId: 'matrix-import', rows: [{ username: 'foreign.row', displayName: 'x' }] } } },
  'accounts.roles': { bad: { params: { orgId: 'sd', ...ACCOUNT }, body: { roles: ['x'] } }, foreign: { params: { orgId: 'sd', ...ACCOUNT }, body: { roles: ['admin'], expectedVersion: 0 } } },
  'accounts.update': { bad: { params: ACCOUNT, body: { expectedVersion: 'x' } }, foreign: { params: ACCOUNT, body: { expectedVersion: 1, displayName: 'x' } } },
  'accounts.resetPassword': { bad: { params: { accountId: 'BAD ID' } }, foreign: { params: ACCOUNT } },
  'applications.list': { bad: { params: { orgId: 'sd' }, query: { status: 'weird' } }, foreign: { params: { orgId: 'sd' } } },
  'applications.decide': { bad: { params: { applicationId: 'sq20260101-aaaaaa' }, body: { decision: 'maybe' } }, foreign: { params: { applicationId: 'sq20260101-aaaaaa' }, body: { decision: 'approve' } } },
  'notices.create': {
    bad: { params: { orgId: 'sd' }, body: { title: '' } },
    foreign: { params: { orgId: 'sd' }, body: { title: '越权通知', bodyHtml: '<p>x</p>', targets: { subtrees: ['sd'] }, requestId: 'req-foreign-1' } },
  },
  'notices.sent': { bad: { params: { orgId: 'sd' }, query: { cursor: '%%' } }, foreign: { params: { orgId: 'sd' } } },
  'notices.smsBudget': { bad: { params: { orgId: 'BAD!' } }, foreign: { params: { orgId: 'sd' } } },
  'notices.get': { bad: { params: { noticeId: 'BAD!' } }, foreign: { params: { noticeId: 'n-doesnotexist' } } },
  'notices.unread': { bad: { params: { noticeId: 'n-x' }, query: { orgId: 'BAD!' } }, foreign: { params: { noticeId: 'n-doesnotexist' } } },
  'notices.remind': { bad: { params: { noticeId: 'n-x' }, body: { requestId: 'x' } }, foreign: { params: { noticeId: 'n-doesnotexist' }, body: { requestId: 'req-foreign-2' } } },
  'uploads.create': {
    bad: { params: { orgId: 'sd' }, body: { fileName: '', size: -1 } },
    foreign: { params: { orgId: 'sd' }, body: { fileName: 'a.mp4', size: 100, contentType: 'video/mp4', purpose: 'video' } },
  },
  'uploads.sign': { bad: { params: { uploadId: 'up-x' }, body: { partNumbers: [] } }, foreign: { params: { uploadId: 'up-missing' }, body: { partNumbers: [1] } } },
  'uploads.recordPart': { bad: { params: { uploadId: 'up-x', partNumber: '0' }, body: { etag: '' } }, foreign: { params: { uploadId: 'up-missing', partNumber: '1' }, body: { etag: '"e"', size: 1 } } },
  'uploads.listParts': { bad: { params: { uploadId: 'BAD!' } }, foreign: { params: { uploadId: 'up-missing' } } },
  'uploads.complete': { bad: { params: { uploadId: 'BAD!' } }, foreign: { params: { uploadId: 'up-missing' } } },
  'uploads.abort': { bad: { params: { uploadId: 'BAD!' } }, foreign: { params: { uploadId: 'up-missing' } } },
  'resources.create': {
    bad: { params: { orgId: 'sd' }, body: { title: '' } },
    foreign: { params: { orgId: 'sd' }, body: { uploadId: 'up-x', title: '越权作品', category: 'paper', subject: 'cnc', authors: ['x'] } },
  },
  'resources.school': { bad: { params: { orgId: 'sd' }, query: { status: 'odd' } }, foreign: { params: { orgId: 'sd' } } },
  'resources.published': { bad: { params: { orgId: 'sd' }, query: { category: 'odd' } } },
  'resources.quotas': { bad: { params: { orgId: 'BAD!' } }, foreign: { params: { orgId: 'sd' } } },
  'resources.top': { bad: { params: { orgId: 'BAD!' } } },
  'resources.get': { bad: { params: { resourceId: 'BAD!' } } },
  'resources.download': { bad: { params: { resourceId: 'BAD!' } } },
  'resources.review': { bad: { params: { resourceId: 'r-x' }, body: { decision: 'maybe' } }, foreign: { params: { resourceId: 'r-missing' }, body: { decision: 'approve' } } },
  'resources.takedown': { bad: { params: { resourceId: 'r-x' }, body: { reason: '' } }, foreign: { params: { resourceId: 'r-missing' }, body: { reason: 'x' } } },
  'reporting.openRound': {
    bad: { params: { orgId: 'cvea' }, body: { formId: 'nope', year: 1990 } },
    foreign: { params: { orgId: 'sd' }, body: { formId: 'group-annual', year: 2099, opensOn: '2099-04-01', closesOn: '2099-07-15' } },
  },
  'reporting.listRounds': { bad: { params: { orgId: 'BAD!' } }, foreign: { params: { orgId: 'sd' } } },
  'reporting.history': { bad: { params: { orgId: 'BAD!' } }, foreign: { params: { orgId: 'sd-wljt' } } },
  'reporting.compare': { bad: { params: { orgId: 'sd' }, query: { formId: 'BAD ID' } }, foreign: { params: { orgId: 'sd' } } },
  'reporting.get': { bad: { params: { orgId: 'sd-wljt', roundId: 'BAD!' } }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' } } },
  'reporting.save': {
    bad: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { expectedVersion: -1 } },
    foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { expectedVersion: 0, data: { groupName: '越权' } } },
  },
  'reporting.submit': { bad: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { expectedVersion: 'x' } }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: {} } },
  'reporting.return': { bad: { params: { orgId: 'sd-wljt', roundId: 'BAD!' }, body: { reason: 'x' } }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { reason: '越权' } } },
  'reporting.approve': { bad: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { reason: 'x'.repeat(501) } }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: {} } },
  'reporting.unapprove': { bad: { params: { orgId: 'sd-wljt', roundId: 'BAD!' }, body: {} }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { reason: '越权' } } },
  'reporting.accept': { bad: { params: { orgId: 'BAD!', roundId: 'group-annual-2031' }, body: {} }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: {} } },
  'reporting.reopen': { bad: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { expectedVersion: 'x' } }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { reason: '越权' } } },
  'reporting.attach': { bad: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { uploadId: 'up-x', kind: 'video' } }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031' }, body: { uploadId: 'up-x', kind: 'photo' } } },
  'reporting.material': { bad: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031', uploadId: 'BAD!' } }, foreign: { params: { orgId: 'sd-wljt', roundId: 'group-annual-2031', uploadId: 'up-x' } } },
  'reporting.list': { bad: { params: { orgId: 'sd', roundId: 'group-annual-2031' }, query: { state: 'odd' } }, foreign: { params: { orgId: 'sd', roundId: 'group-annual-2031' } } },
  'reporting.pending': { bad: { params: { orgId: 'sd', roundId: 'BAD!' } }, foreign: { params: { orgId: 'sd', roundId: 'group-annual-2031' } } },
  'reporting.remind': { bad: { params: { orgId: 'sd', roundId: 'group-annual-2031' }, body: { requestId: 'x' } }, foreign: { params: { orgId: 'sd', roundId: 'group-annual-2031' }, body: { requestId: 'req-foreign-3' } } },
  'reporting.progress': { bad: { params: { orgId: 'sd', roundId: 'BAD!' } }, foreign: { params: { orgId: 'sd', roundId: 'group-annual-2031' } } },
  'reporting.totals': { bad: { params: { orgId: 'BAD!', roundId: 'group-annual-2031' } }, foreign: { params: { orgId: 'sd', roundId: 'group-annual-2031' } } },
  'siteItems.create': {
    bad: { params: { orgId: 'sd' }, body: { kind: 'blog', title: '' } },
    foreign: { params: { orgId: 'sd' }, body: { kind: 'news', title: '越权新闻', bodyHtml: '<p>x</p>' } },
  },
  'siteItems.list': { bad: { params: { orgId: 'sd' }, query: { status: 'odd' } }, foreign: { params: { orgId: 'sd' } } },
  'siteItems.get': { bad: { params: { orgId: 'sd', itemId: 'BAD!' } }, foreign: { params: { orgId: 'sd', itemId: 'si-missing' } } },
  'siteItems.update': {
    bad: { params: { orgId: 'sd', itemId: 'si-x' }, body: { expectedVersion: 0 } },
    foreign: { params: { orgId: 'sd', itemId: 'si-missing' }, body: { expectedVersion: 1, kind: 'news', title: '越权新闻', bodyHtml: '<p>x</p>' } },
  },
  'siteItems.approve': {
    bad: { params: { orgId: 'sd', itemId: 'si-x' }, body: { decision: 'return' } },
    foreign: { params: { orgId: 'sd', itemId: 'si-missing' }, body: { decision: 'approve' } },
  },
  'siteItems.recommend': { bad: { params: { orgId: 'sd', itemId: 'BAD!' } }, foreign: { params: { orgId: 'sd', itemId: 'si-missing' } } },
  'siteItems.queue': { bad: { params: { orgId: 'sd' }, query: { cursor: '%%' } }, foreign: { params: { orgId: 'sd' } } },
  'siteItems.review': {
    bad: { params: { orgId: 'sd', itemId: 'si-x' }, body: { decision: 'reject' } },
    foreign: { params: { orgId: 'sd', itemId: 'si-missing' }, body: { decision: 'publish' } },
  },
  'siteItems.takedown': { bad: { params: { orgId: 'sd', itemId: 'si-x' }, body: { reason: '' } }, foreign: { params: { orgId: 'sd', itemId: 'si-missing' }, body: { reason: 'x' } } },
  'siteItems.restore': { bad: { params: { orgId: 'sd', itemId: 'BAD!' } }, foreign: { params: { orgId: 'sd', itemId: 'si-missing' } } },
  'siteItems.image': { bad: { params: { orgId: 'sd', itemId: 'si-x', imageId: 'BAD!' } }, foreign: { params: { orgId: 'sd', itemId: 'si-missing', imageId: 'up-missing' } } },
  'siteItems.publicList': { bad: { params: { slug: 'shandong' }, query: { category: 'odd' } } },
  'siteItems.publicGet': { bad: { params: { slug: 'shandong', itemId: 'BAD!' } } },
  'siteItems.publicImage': { bad: { params: { imageId: 'BAD!' } } },
  'resources.publicList': { bad: { params: { slug: '-bad-' } } },
  'resources.publicGet': { bad: { params: { slug: 'jnxxgc', resourceId: 'BAD!' } } },
  'inbox.list': { bad: { query: { cursor: '%%' } } },
  'inbox.get': { bad: { params: { noticeId: 'BAD!' } } },
  'inbox.read': { bad: { params: { noticeId: 'BAD!' } } },
  'inbox.confirm': { bad: { params: { noticeId: 'BAD!' } } },
  'inbox.phone': { bad: { body: { phone: '12' } } },
  'inbox.phoneVerify': { bad: { body: { code: 'abc' } } },
  'inbox.smsPreferences': { bad: { body: { optOut: 'maybe' } } },
  // Member units and site settings (issue 6).
  'members.apply': { bad: { params: { slug: 'jinan' }, body: { name: '' } } },
  'members.status': { bad: { params: { number: 'nope' } } },
  'members.publicList': { bad: { params: { slug: '-bad-' } } },
  'members.list': { bad: { params: { orgId: 'sd' }, query: { status: 'odd' } }, foreign: { params: { orgId: 'sd-jn' } } },
  'members.get': { bad: { params: { orgId: 'sd', memberId: 'BAD' } }, foreign: { params: { orgId: 'sd-jn', memberId: 'hy20260101-aaaaaa' } } },
  'members.decide': {
    bad: { params: { orgId: 'sd', memberId: 'hy20260101-aaaaaa' }, body: { decision: 'maybe' } },
    foreign: { params: { orgId: 'sd-jn', memberId: 'hy20260101-aaaaaa' }, body: { decision: 'approve' } },
  },
  'members.update': {
    bad: { params: { orgId: 'sd', memberId: 'hy20260101-aaaaaa' }, body: { name: '' } },
    foreign: {
      params: { orgId: 'sd-jn', memberId: 'hy20260101-aaaaaa' },
      body: { expectedVersion: 1, name: '越权单位', type: 'other', code: '91350100M000100Y43', contactPerson: 'x', phone: '05310000000', email: 'a@b.cn', address: 'x' },
    },
  },
  'members.end': { bad: { params: { orgId: 'sd', memberId: 'hy20260101-aaaaaa' }, body: { reason: '' } }, foreign: { params: { orgId: 'sd-jn', memberId: 'hy20260101-aaaaaa' }, body: { reason: 'x' } } },
  'sites.settings': {
    bad: { params: { orgId: 'sd' }, body: { expectedVersion: 1, navOrder: ['home'] } },
    foreign: { params: { orgId: 'sd' }, body: { expectedVersion: 1, navOrder: ['home', 'news', 'notices', 'members', 'about'] } },
  },
  'sites.status': { bad: { params: { orgId: 'sd-jn' }, body: { state: 'gone' } }, foreign: { params: { orgId: 'sd-jn' }, body: { state: 'closed', reason: '越权' } } },
};

/** Routes without input worth validating (no parameters, no body). */
const NO_INPUT: RouteId[] = ['auth.captcha', 'auth.logout', 'auth.me', 'dev.sms'];

describe('route matrix', () => {
  it('covers every route of the table', () => {
    const covered = new Set<string>([...Object.keys(CASES), ...NO_INPUT]);
    expect(ROUTES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(Object.entries(CASES))('%s: malformed input gets 400 with field errors', async (id, c) => {
    const route = ROUTES.find((r) => r.id === id);
    const token = route?.access.kind === 'public' ? undefined : await loginAs('admin');
    const res = await call(id as RouteId, { ...c.bad, token });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {}).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(CASES).filter(([, c]) => c.foreign))('%s: another province gets 403, like a missing target', async (id, c) => {
    const token = await loginAs('gd.admin');
    const res = await call(id as RouteId, { ...c.foreign, token });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body).toEqual({ error: { code: 'access.denied', message: 'access denied' } });
  });

  it('wrote nothing for the refused mutations', async () => {
    const token = await loginAs('admin');
    const sd = await call('orgs.get', { params: { orgId: 'sd' }, token });
    expect(sd.body).toMatchObject({ version: 1, region: '山东省', status: 'active' });
    const jn = await call('orgs.get', { params: { orgId: 'sd-jn' }, token });
    expect(jn.body.status).toBe('active');
    expect(jn.body.siteStatus?.state ?? 'active').toBe('active');
    expect(sd.body.siteSettings).toBeUndefined();
    const children = await call('orgs.children', { params: { orgId: 'sd' }, token });
    expect(children.body.items.map((o: { name: string }) => o.name)).not.toContain('越权单位');
    expect((await call('orgs.lookup', { query: { q: 'foreign' } })).body.items).toEqual([]);
    expect((await call('auth.login', { body: { login: 'foreign.user', password: 'a-good-password' } })).status).toBe(401);
  });
});
