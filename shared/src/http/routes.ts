import type { Action } from '../access/roles';

/**
 * Who may call a route. `policy` routes are checked by the one access policy against the
 * org that `target` resolves from the path parameter `param`.
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'session' }
  | { kind: 'policy'; action: Action; target: 'org' | 'account' | 'application' | 'notice' | 'upload' | 'resource'; param: string };

export interface RouteDef {
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** API Gateway v2 style path with `{param}` segments. */
  path: string;
  /** Handler module under `functions/src/`, without extension; exports `handler`. */
  entry: string;
  access: RouteAccess;
  /** Only served by the local gateway (developer tools such as the SMS sink). */
  localOnly?: boolean;
}

const pub = { kind: 'public' } as const;
const session = { kind: 'session' } as const;
const onOrg = (action: Action) => ({ kind: 'policy', action, target: 'org', param: 'orgId' }) as const;
const onUpload = { kind: 'policy', action: 'upload.create', target: 'upload', param: 'uploadId' } as const;
const onResource = (action: Action) => ({ kind: 'policy', action, target: 'resource', param: 'resourceId' }) as const;
const onNotice = { kind: 'policy', action: 'notice.send', target: 'notice', param: 'noticeId' } as const;

/** The one route table: the CDK HTTP API and the local gateway are both built from it. */
export const ROUTES = [
  { id: 'auth.login', method: 'POST', path: '/auth/login', entry: 'auth/handlers/login', access: pub },
  { id: 'auth.captcha', method: 'POST', path: '/auth/captcha', entry: 'auth/handlers/captcha', access: pub },
  { id: 'auth.logout', method: 'POST', path: '/auth/logout', entry: 'auth/handlers/logout', access: session },
  { id: 'auth.me', method: 'GET', path: '/auth/me', entry: 'auth/handlers/me', access: session },
  { id: 'auth.password', method: 'POST', path: '/auth/password', entry: 'auth/handlers/change-password', access: session },
  { id: 'auth.smsCode', method: 'POST', path: '/auth/sms-code', entry: 'auth/handlers/sms-code', access: pub },
  { id: 'auth.smsReset', method: 'POST', path: '/auth/sms-reset', entry: 'auth/handlers/sms-reset', access: pub },

  { id: 'public.lookup', method: 'GET', path: '/public/lookup', entry: 'public/handlers/lookup', access: pub },
  { id: 'public.children', method: 'GET', path: '/public/orgs/{orgId}/children', entry: 'public/handlers/children', access: pub },
  { id: 'public.site', method: 'GET', path: '/public/sites/{slug}', entry: 'public/handlers/site', access: pub },
  { id: 'public.apply', method: 'POST', path: '/public/applications', entry: 'applications/handlers/apply', access: pub },
  { id: 'public.applicationStatus', method: 'GET', path: '/public/applications/{number}', entry: 'applications/handlers/status', access: pub },

  { id: 'orgs.get', method: 'GET', path: '/orgs/{orgId}', entry: 'orgs/handlers/get', access: onOrg('org.read') },
  { id: 'orgs.children', method: 'GET', path: '/orgs/{orgId}/children', entry: 'orgs/handlers/list-children', access: onOrg('org.read') },
  { id: 'orgs.subtree', method: 'GET', path: '/orgs/{orgId}/subtree', entry: 'orgs/handlers/list-subtree', access: onOrg('org.read') },
  { id: 'orgs.create', method: 'POST', path: '/orgs/{orgId}/children', entry: 'orgs/handlers/create-child', access: onOrg('org.create') },
  { id: 'orgs.update', method: 'PATCH', path: '/orgs/{orgId}', entry: 'orgs/handlers/update', access: onOrg('org.update') },
  { id: 'orgs.status', method: 'PUT', path: '/orgs/{orgId}/status', entry: 'orgs/handlers/set-status', access: onOrg('org.disable') },
  { id: 'sites.edit', method: 'PUT', path: '/orgs/{orgId}/site', entry: 'orgs/handlers/edit-site', access: onOrg('site.edit') },

  { id: 'accounts.list', method: 'GET', path: '/orgs/{orgId}/accounts', entry: 'accounts/handlers/list', access: onOrg('account.read') },
  { id: 'accounts.create', method: 'POST', path: '/orgs/{orgId}/accounts', entry: 'accounts/handlers/create', access: onOrg('account.manage') },
  { id: 'accounts.import', method: 'POST', path: '/orgs/{orgId}/accounts/import', entry: 'accounts/handlers/import', access: onOrg('account.manage') },
  { id: 'accounts.roles', method: 'PUT', path: '/orgs/{orgId}/roles/{accountId}', entry: 'accounts/handlers/set-roles', access: onOrg('account.manage') },
  {
    id: 'accounts.update', method: 'PATCH', path: '/accounts/{accountId}', entry: 'accounts/handlers/update',
    access: { kind: 'policy', action: 'account.manage', target: 'account', param: 'accountId' },
  },
  {
    id: 'accounts.resetPassword', method: 'POST', path: '/accounts/{accountId}/password-reset', entry: 'accounts/handlers/reset-password',
    access: { kind: 'policy', action: 'account.manage', target: 'account', param: 'accountId' },
  },

  { id: 'applications.list', method: 'GET', path: '/orgs/{orgId}/applications', entry: 'applications/handlers/list', access: onOrg('application.decide') },
  {
    id: 'applications.decide', method: 'POST', path: '/applications/{applicationId}/decision', entry: 'applications/handlers/decide',
    access: { kind: 'policy', action: 'application.decide', target: 'application', param: 'applicationId' },
  },

  { id: 'notices.create', method: 'POST', path: '/orgs/{orgId}/notices', entry: 'notices/handlers/create', access: onOrg('notice.send') },
  { id: 'notices.sent', method: 'GET', path: '/orgs/{orgId}/notices', entry: 'notices/handlers/list-sent', access: onOrg('notice.send') },
  { id: 'notices.smsBudget', method: 'GET', path: '/orgs/{orgId}/sms-budget', entry: 'notices/handlers/sms-budget', access: onOrg('notice.send') },
  { id: 'notices.get', method: 'GET', path: '/notices/{noticeId}', entry: 'notices/handlers/get', access: onNotice },
  { id: 'notices.unread', method: 'GET', path: '/notices/{noticeId}/unread', entry: 'notices/handlers/list-unread', access: onNotice },
  { id: 'notices.remind', method: 'POST', path: '/notices/{noticeId}/reminders', entry: 'notices/handlers/remind', access: onNotice },

  { id: 'inbox.list', method: 'GET', path: '/me/inbox', entry: 'inbox/handlers/list', access: session },
  { id: 'inbox.get', method: 'GET', path: '/me/inbox/{noticeId}', entry: 'inbox/handlers/get', access: session },
  { id: 'inbox.read', method: 'POST', path: '/me/inbox/{noticeId}/read', entry: 'inbox/handlers/read', access: session },
  { id: 'inbox.confirm', method: 'POST', path: '/me/inbox/{noticeId}/confirm', entry: 'inbox/handlers/confirm', access: session },
  { id: 'me.phone', method: 'POST', path: '/me/phone', entry: 'inbox/handlers/bind-phone', access: session },
  { id: 'me.phoneVerify', method: 'POST', path: '/me/phone/verify', entry: 'inbox/handlers/verify-phone', access: session },
  { id: 'me.smsPreferences', method: 'PUT', path: '/me/sms-preferences', entry: 'inbox/handlers/sms-preferences', access: session },

  { id: 'uploads.create', method: 'POST', path: '/orgs/{orgId}/uploads', entry: 'uploads/handlers/create', access: onOrg('upload.create') },
  { id: 'uploads.sign', method: 'POST', path: '/uploads/{uploadId}/sign', entry: 'uploads/handlers/sign-parts', access: onUpload },
  { id: 'uploads.recordPart', method: 'PUT', path: '/uploads/{uploadId}/parts/{partNumber}', entry: 'uploads/handlers/record-part', access: onUpload },
  { id: 'uploads.listParts', method: 'GET', path: '/uploads/{uploadId}/parts', entry: 'uploads/handlers/list-parts', access: onUpload },
  { id: 'uploads.complete', method: 'POST', path: '/uploads/{uploadId}/complete', entry: 'uploads/handlers/complete', access: onUpload },
  { id: 'uploads.abort', method: 'DELETE', path: '/uploads/{uploadId}', entry: 'uploads/handlers/abort', access: onUpload },

  { id: 'resources.create', method: 'POST', path: '/orgs/{orgId}/resources', entry: 'resources/handlers/create', access: onOrg('upload.create') },
  { id: 'resources.school', method: 'GET', path: '/orgs/{orgId}/resources', entry: 'resources/handlers/list-school', access: onOrg('resource.review') },
  { id: 'resources.published', method: 'GET', path: '/orgs/{orgId}/published-resources', entry: 'resources/handlers/list-published', access: session },
  { id: 'resources.quotas', method: 'GET', path: '/orgs/{orgId}/resource-quotas', entry: 'resources/handlers/quotas', access: onOrg('resource.review') },
  { id: 'resources.top', method: 'GET', path: '/orgs/{orgId}/top-contributors', entry: 'resources/handlers/top-contributors', access: session },
  { id: 'resources.get', method: 'GET', path: '/resources/{resourceId}', entry: 'resources/handlers/get', access: session },
  { id: 'resources.download', method: 'POST', path: '/resources/{resourceId}/download', entry: 'resources/handlers/download', access: session },
  { id: 'resources.review', method: 'POST', path: '/resources/{resourceId}/review', entry: 'resources/handlers/review', access: onResource('resource.review') },
  { id: 'resources.takedown', method: 'POST', path: '/resources/{resourceId}/takedown', entry: 'resources/handlers/takedown', access: onResource('resource.takedown') },
  { id: 'public.siteResources', method: 'GET', path: '/public/sites/{slug}/resources', entry: 'public/handlers/site-resources', access: pub },
  { id: 'public.siteResource', method: 'GET', path: '/public/sites/{slug}/resources/{resourceId}', entry: 'public/handlers/site-resource', access: pub },

  { id: 'reporting.rounds.open', method: 'POST', path: '/orgs/{orgId}/report-rounds', entry: 'reporting/handlers/open-round', access: onOrg('report.round') },
  { id: 'reporting.rounds.list', method: 'GET', path: '/orgs/{orgId}/report-rounds', entry: 'reporting/handlers/list-rounds', access: onOrg('report.read') },
  { id: 'reporting.history', method: 'GET', path: '/orgs/{orgId}/reports', entry: 'reporting/handlers/history', access: onOrg('report.read') },
  { id: 'reporting.compare', method: 'GET', path: '/orgs/{orgId}/report-comparison', entry: 'reporting/handlers/compare', access: onOrg('report.read') },
  { id: 'reporting.get', method: 'GET', path: '/orgs/{orgId}/reports/{roundId}', entry: 'reporting/handlers/get', access: onOrg('report.read') },
  { id: 'reporting.save', method: 'PUT', path: '/orgs/{orgId}/reports/{roundId}', entry: 'reporting/handlers/save', access: onOrg('report.fill') },
  { id: 'reporting.submit', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/submit', entry: 'reporting/handlers/submit', access: onOrg('report.fill') },
  { id: 'reporting.return', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/return', entry: 'reporting/handlers/return', access: onOrg('report.review') },
  { id: 'reporting.approve', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/approve', entry: 'reporting/handlers/approve', access: onOrg('report.review') },
  { id: 'reporting.unapprove', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/unapprove', entry: 'reporting/handlers/unapprove', access: onOrg('report.review') },
  { id: 'reporting.accept', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/accept', entry: 'reporting/handlers/accept', access: onOrg('report.review') },
  { id: 'reporting.reopen', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/reopen', entry: 'reporting/handlers/reopen', access: onOrg('report.review') },
  { id: 'reporting.attach', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/materials', entry: 'reporting/handlers/attach', access: onOrg('report.fill') },
  { id: 'reporting.material', method: 'GET', path: '/orgs/{orgId}/reports/{roundId}/materials/{uploadId}', entry: 'reporting/handlers/material', access: onOrg('report.read') },
  { id: 'reporting.list', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/reports', entry: 'reporting/handlers/list-reports', access: onOrg('report.read') },
  { id: 'reporting.pending', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/pending', entry: 'reporting/handlers/pending', access: onOrg('report.read') },
  { id: 'reporting.remind', method: 'POST', path: '/orgs/{orgId}/report-rounds/{roundId}/reminders', entry: 'reporting/handlers/remind', access: onOrg('report.remind') },
  { id: 'reporting.progress', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/progress', entry: 'reporting/handlers/progress', access: onOrg('report.read') },
  { id: 'reporting.totals', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/totals', entry: 'reporting/handlers/totals', access: onOrg('report.read') },
  { id: 'siteItems.create', method: 'POST', path: '/orgs/{orgId}/site-items', entry: 'site-items/handlers/create', access: onOrg('siteItem.write') },
  { id: 'siteItems.list', method: 'GET', path: '/orgs/{orgId}/site-items', entry: 'site-items/handlers/list', access: onOrg('siteItem.write') },
  { id: 'siteItems.get', method: 'GET', path: '/orgs/{orgId}/site-items/{itemId}', entry: 'site-items/handlers/get', access: onOrg('siteItem.write') },
  { id: 'siteItems.update', method: 'PUT', path: '/orgs/{orgId}/site-items/{itemId}', entry: 'site-items/handlers/update', access: onOrg('siteItem.write') },
  { id: 'siteItems.approve', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/approval', entry: 'site-items/handlers/approve', access: onOrg('siteItem.review') },
  { id: 'siteItems.recommend', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/recommendation', entry: 'site-items/handlers/recommend', access: onOrg('siteItem.review') },
  { id: 'siteItems.queue', method: 'GET', path: '/orgs/{orgId}/site-review', entry: 'site-items/handlers/queue', access: onOrg('siteItem.review') },
  { id: 'siteItems.review', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/review', entry: 'site-items/handlers/review', access: onOrg('siteItem.review') },
  { id: 'siteItems.takedown', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/takedown', entry: 'site-items/handlers/takedown', access: onOrg('siteItem.takedown') },
  { id: 'siteItems.restore', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/restore', entry: 'site-items/handlers/restore', access: onOrg('siteItem.takedown') },
  { id: 'siteItems.image', method: 'GET', path: '/orgs/{orgId}/site-items/{itemId}/images/{imageId}', entry: 'site-items/handlers/image', access: onOrg('siteItem.write') },
  { id: 'public.siteItems', method: 'GET', path: '/public/sites/{slug}/items', entry: 'public/handlers/site-items', access: pub },
  { id: 'public.siteItem', method: 'GET', path: '/public/sites/{slug}/items/{itemId}', entry: 'public/handlers/site-item', access: pub },
  { id: 'public.siteImage', method: 'GET', path: '/public/site-images/{imageId}', entry: 'public/handlers/site-image', access: pub },
  // Member units and site settings (issue 6).
  { id: 'public.memberApply', method: 'POST', path: '/public/sites/{slug}/member-applications', entry: 'members/handlers/apply', access: pub },
  { id: 'public.memberStatus', method: 'GET', path: '/public/member-applications/{number}', entry: 'members/handlers/status', access: pub },
  { id: 'public.members', method: 'GET', path: '/public/sites/{slug}/members', entry: 'members/handlers/public-list', access: pub },
  { id: 'members.list', method: 'GET', path: '/orgs/{orgId}/member-units', entry: 'members/handlers/list', access: onOrg('member.manage') },
  { id: 'members.get', method: 'GET', path: '/orgs/{orgId}/member-units/{memberId}', entry: 'members/handlers/get', access: onOrg('member.manage') },
  { id: 'members.decide', method: 'POST', path: '/orgs/{orgId}/member-units/{memberId}/decision', entry: 'members/handlers/decide', access: onOrg('member.manage') },
  { id: 'members.update', method: 'PATCH', path: '/orgs/{orgId}/member-units/{memberId}', entry: 'members/handlers/update', access: onOrg('member.manage') },
  { id: 'members.end', method: 'POST', path: '/orgs/{orgId}/member-units/{memberId}/end', entry: 'members/handlers/end', access: onOrg('member.manage') },
  { id: 'sites.settings', method: 'PUT', path: '/orgs/{orgId}/site-settings', entry: 'orgs/handlers/site-settings', access: onOrg('site.edit') },
  { id: 'sites.status', method: 'PUT', path: '/orgs/{orgId}/site-status', entry: 'orgs/handlers/site-status', access: onOrg('site.close') },

  { id: 'dev.sms', method: 'GET', path: '/dev/sms', entry: 'dev/handlers/sms-inbox', access: pub, localOnly: true },
] as const satisfies readonly RouteDef[];

export type RouteId = (typeof ROUTES)[number]['id'];

export function routeById(id: RouteId): RouteDef {
  const route = ROUTES.find((r) => r.id === id);
  if (!route) throw new Error(`unknown route ${id}`);
  return route;
}

/** Fills `{param}` segments, URI-encoding each value. */
export function buildPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
