import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg } from '../http/access-kinds';
import { listAccountsInput, createAccountInput, importAccountsInput, setRolesInput, updateAccountInput, accountIdParams } from '../accounts/schemas';

/** The accounts capability's routes. */
export const accountsRoutes = {
  list: defineRoute({
    id: 'accounts.list', method: 'GET', path: '/orgs/{orgId}/accounts', entry: 'accounts/handlers/list',
    access: onOrg('account.read'),
    summary: "accounts.list",
    input: listAccountsInput,
    output: { 200: untypedOutput },
  }),
  create: defineRoute({
    id: 'accounts.create', method: 'POST', path: '/orgs/{orgId}/accounts', entry: 'accounts/handlers/create',
    access: onOrg('account.manage'),
    summary: "accounts.create",
    input: createAccountInput,
    output: { 201: untypedOutput },
  }),
  import: defineRoute({
    id: 'accounts.import', method: 'POST', path: '/orgs/{orgId}/accounts/import', entry: 'accounts/handlers/import',
    access: onOrg('account.manage'),
    summary: "Roster import, one small batch per call (the web reads the Excel file): per-row results, errors by field.",
    input: importAccountsInput,
    output: { 200: untypedOutput },
  }),
  roles: defineRoute({
    id: 'accounts.roles', method: 'PUT', path: '/orgs/{orgId}/roles/{accountId}', entry: 'accounts/handlers/set-roles',
    access: onOrg('account.manage'),
    summary: "accounts.roles",
    input: setRolesInput,
    output: { 200: untypedOutput },
  }),
  update: defineRoute({
    id: 'accounts.update', method: 'PATCH', path: '/accounts/{accountId}', entry: 'accounts/handlers/update',
    access: { kind: 'policy', action: 'account.manage', target: 'account', param: 'accountId', scope: { check: 'accountMemberships', param: 'accountId' } },
    summary: "accounts.update",
    input: updateAccountInput,
    output: { 200: untypedOutput },
  }),
  resetPassword: defineRoute({
    id: 'accounts.resetPassword', method: 'POST', path: '/accounts/{accountId}/password-reset', entry: 'accounts/handlers/reset-password',
    access: { kind: 'policy', action: 'account.manage', target: 'account', param: 'accountId', scope: { check: 'accountMemberships', param: 'accountId' } },
    summary: "A superior admin resets a password: a temporary one, to be changed at next login.",
    input: accountIdParams,
    output: { 200: untypedOutput },
  }),
} as const;
