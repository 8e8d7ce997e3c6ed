import { defineRoute } from '../http/route-row';
import { onOrg } from '../http/access-kinds';
import { pageOf } from '../orgs/org';
import { listAccountsInput, createAccountInput, importAccountsInput, setRolesInput, updateAccountInput, accountIdParams, accountViewSchema } from '../accounts/schemas';
import { accountWithRolesSchema, importResultSchema, roleChangeSchema, temporaryPasswordSchema } from './views';

/** The accounts capability's routes. */
export const accountsRoutes = {
  list: defineRoute({
    id: 'accounts.list', method: 'GET', path: '/orgs/{orgId}/accounts', entry: 'accounts/handlers/list',
    access: onOrg('account.read'),
    summary: "One page of the accounts holding a role at the org, with their roles there.",
    input: listAccountsInput,
    output: { 200: pageOf(accountWithRolesSchema) },
  }),
  create: defineRoute({
    id: 'accounts.create', method: 'POST', path: '/orgs/{orgId}/accounts', entry: 'accounts/handlers/create',
    access: onOrg('account.manage'),
    summary: "Creates an account whose home is the org, with roles there and a password to change at first login.",
    input: createAccountInput,
    output: { 201: accountViewSchema },
  }),
  import: defineRoute({
    id: 'accounts.import', method: 'POST', path: '/orgs/{orgId}/accounts/import', entry: 'accounts/handlers/import',
    access: onOrg('account.manage'),
    summary: "Roster import, one small batch per call (the web reads the Excel file): per-row results, errors by field.",
    input: importAccountsInput,
    output: { 200: importResultSchema },
  }),
  roles: defineRoute({
    id: 'accounts.roles', method: 'PUT', path: '/orgs/{orgId}/roles/{accountId}', entry: 'accounts/handlers/roles',
    access: { ...onOrg('account.manage'), scope: { check: 'accountMemberships', param: 'accountId' } },
    summary: "Sets the roles an account holds at the org, if its membership is unchanged since `expectedVersion`.",
    input: setRolesInput,
    output: { 200: roleChangeSchema },
  }),
  update: defineRoute({
    id: 'accounts.update', method: 'PATCH', path: '/accounts/{accountId}', entry: 'accounts/handlers/update',
    access: { kind: 'policy', action: 'account.manage', target: 'account', param: 'accountId', scope: { check: 'accountMemberships', param: 'accountId' } },
    summary: "A superior edits an account's display name, phone or status, if unchanged since `expectedVersion`.",
    input: updateAccountInput,
    output: { 200: accountViewSchema },
  }),
  resetPassword: defineRoute({
    id: 'accounts.resetPassword', method: 'POST', path: '/accounts/{accountId}/password-reset', entry: 'accounts/handlers/reset-password',
    access: { kind: 'policy', action: 'account.manage', target: 'account', param: 'accountId', scope: { check: 'accountMemberships', param: 'accountId' } },
    summary: "A superior admin resets a password: a temporary one, to be changed at next login.",
    input: accountIdParams,
    output: { 200: temporaryPasswordSchema },
  }),
} as const;
