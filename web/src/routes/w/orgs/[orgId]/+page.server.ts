import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { actorOf, can } from '#lib/access/actor.ts';
import { isAllowedOnAccount } from '@trellis/shared/access/account-scope';
import { api, type ApiError } from '#lib/server/api.ts';
import { accountActions } from './account-actions.server';
import { orgActions } from './org-actions.server';
import { siteStatusActions } from './site-status-actions.server';

/** 403 and 404 both mean "not yours to see": existence is never leaked. */
function raise(failed: { status: number; error: ApiError }): never {
  const denied = failed.status === 403 || failed.status === 404;
  error(denied ? 403 : failed.status, failed.error.message, { code: denied ? 'access.denied' : failed.error.code });
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const session = locals.session!;
  const orgId = params.orgId;
  const org = await api('orgs.get', { params: { orgId } });
  if (!org.ok) raise(org);

  const target = { id: org.data.id, path: org.data.path, status: org.data.status };
  const allowed = {
    update: can(session, 'org.update', target),
    create: can(session, 'org.create', target),
    disable: org.data.status === 'active' && can(session, 'org.disable', target),
    enable: org.data.status === 'disabled' && can(session, 'org.disable', target, { reenable: true }),
    accountRead: can(session, 'account.read', target),
    accountManage: can(session, 'account.manage', target),
    siteEdit: can(session, 'site.edit', target),
    decide: can(session, 'application.decide', target),
    noticeSend: can(session, 'notice.send', target),
    resourceReview: can(session, 'resource.review', target),
    // An admin of this org is managed only from strictly above it (the API re-checks every membership).
    accountManageAdmins: org.data.status === 'active' && isAllowedOnAccount(actorOf(session), 'account.manage',
      { homeOrgPath: org.data.path, memberships: [{ orgPath: org.data.path, roles: ['admin'] }] }, new Set()),
  };

  const [children, accounts] = await Promise.all([
    api('orgs.children', { params: { orgId }, query: { cursor: url.searchParams.get('cursor') } }),
    allowed.accountRead
      ? api('accounts.list', { params: { orgId }, query: { cursor: url.searchParams.get('acursor') } })
      : Promise.resolve(null),
  ]);

  return {
    org: org.data,
    allowed,
    children: children.ok ? children.data : { items: [], cursor: null },
    childrenError: children.ok ? null : children.error.code,
    accounts: accounts?.ok ? accounts.data : { items: [], cursor: null },
    accountsError: accounts && !accounts.ok ? accounts.error.code : null,
    done: url.searchParams.get('done'),
  };
};

export const actions: Actions = { ...orgActions, ...accountActions, ...siteStatusActions };
