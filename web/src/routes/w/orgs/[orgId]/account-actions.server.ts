import { redirect, type RequestEvent } from '@sveltejs/kit';
import { ROLES, type Role } from '@trellis/shared/access/roles';
import { createAccountInput, updateAccountInput } from '@trellis/shared/accounts/schemas';
import { pageUrl } from '#lib/form-action.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { list, pick, text } from '#lib/server/form-fields.ts';

type Event = RequestEvent<{ orgId: string }>;

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const rolesOf = (form: FormData): Role[] => list(form, 'roles').filter(isRole);

/** Form actions on the org's accounts. The password is never echoed back. */
export const accountActions = {
  createAccount: async ({ request, params, url }: Event) => {
    const form = await request.formData();
    const values = { ...pick(form, ['username', 'displayName', 'phone'] as const), roles: rolesOf(form) };
    const password = text(form, 'password');
    const parsed = createAccountInput.safeParse({ orgId: params.orgId, ...values, password });
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'createAccount', values });

    const body = { ...values, phone: values.phone.trim() || undefined, password };
    const result = await api('accounts.create', { params: { orgId: params.orgId }, body });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'createAccount', values });
    redirect(303, pageUrl(url, { done: 'accountCreated' }));
  },

  updateAccount: async ({ request, url }: Event) => {
    const form = await request.formData();
    const accountId = text(form, 'accountId');
    const values = pick(form, ['displayName', 'phone', 'expectedVersion'] as const);
    const parsed = updateAccountInput.safeParse({ accountId, ...values });
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'updateAccount', item: accountId, values });

    const body = { expectedVersion: Number(values.expectedVersion), displayName: values.displayName, phone: values.phone.trim() };
    const result = await api('accounts.update', { params: { accountId }, body });
    if (!result.ok) {
      const keep = result.error.code === 'conflict.version' ? {} : { values };
      return apiFailure(result.status, result.error, { form: 'updateAccount', item: accountId, ...keep });
    }
    redirect(303, pageUrl(url, { done: 'accountUpdated' }));
  },

  accountStatus: async ({ request, url }: Event) => {
    const form = await request.formData();
    const accountId = text(form, 'accountId');
    const status = text(form, 'status') === 'active' ? 'active' : 'disabled';
    const expectedVersion = Number(text(form, 'expectedVersion'));
    if (text(form, 'confirmed') !== 'yes') return { confirmAccount: { item: accountId, status } };

    const result = await api('accounts.update', { params: { accountId }, body: { expectedVersion, status } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'accountStatus', item: accountId });
    redirect(303, pageUrl(url, { done: status === 'active' ? 'accountEnabled' : 'accountDisabled' }));
  },

  setRoles: async ({ request, params, url }: Event) => {
    const form = await request.formData();
    const accountId = text(form, 'accountId');
    const roles = rolesOf(form);
    const expectedVersion = Number(text(form, 'membershipVersion'));
    const result = await api('accounts.roles', { params: { orgId: params.orgId, accountId }, body: { roles, expectedVersion } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'setRoles', item: accountId, values: { roles } });
    redirect(303, pageUrl(url, { done: 'rolesSaved' }));
  },

  resetPassword: async ({ request }: Event) => {
    const form = await request.formData();
    const accountId = text(form, 'accountId');
    if (text(form, 'confirmed') !== 'yes') return { confirmReset: { item: accountId } };
    const result = await api('accounts.resetPassword', { params: { accountId } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'resetPassword', item: accountId });
    // Shown once, in this response only; never stored in the URL or the session.
    return { temporaryPassword: { item: accountId, password: result.data.temporaryPassword } };
  },
};
