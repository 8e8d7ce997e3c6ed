import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isSelfOrAncestorPath } from '@trellis/shared/orgs/path';
import type { Org } from '@trellis/shared/orgs/org';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { loadSenderOrg } from '#lib/server/sender-org.ts';
import { readCompose, toFormFields } from './compose-form.server';

const slim = (o: Org) => ({ id: o.id, name: o.name, type: o.type, status: o.status });

/** An org by id, only when it lies in the sender's subtree (the API re-checks every target). */
async function inSubtree(sender: Org, orgId: string): Promise<Org | null> {
  if (orgId === sender.id) return sender;
  const found = await api('orgs.get', { params: { orgId } });
  return found.ok && isSelfOrAncestorPath(sender.path, found.data.path) ? found.data : null;
}

async function browseUnder(sender: Org, orgId: string, cursor: string | null) {
  const org = await inSubtree(sender, orgId);
  if (!org || org.id === sender.id) return null;
  const children = await api('orgs.children', { params: { orgId: org.id }, query: { cursor } });
  return { org: slim(org), items: children.ok ? children.data.items.map(slim) : [], cursor: children.ok ? children.data.cursor : null };
}

async function membersOf(sender: Org, orgId: string, cursor: string | null) {
  const org = await inSubtree(sender, orgId);
  if (!org) return null;
  const accounts = await api('accounts.list', { params: { orgId: org.id }, query: { cursor } });
  const items = accounts.ok ? accounts.data.items.filter((a) => a.status === 'active') : [];
  return {
    org: slim(org),
    items: items.map((a) => ({ id: a.id, displayName: a.displayName, username: a.username, roles: a.roles })),
    cursor: accounts.ok ? accounts.data.cursor : null,
    error: accounts.ok ? null : accounts.error.code,
  };
}

/**
 * The compose form. `?browse=` lists the children of one org below the sender's children,
 * `?members=` lists an org's people to name; each has its own cursor (`bcursor`, `mcursor`).
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const sender = await loadSenderOrg(locals.session, params.orgId);
  const q = (name: string) => url.searchParams.get(name);
  const browseId = q('browse');
  const membersId = q('members');
  const [children, browse, members, budget] = await Promise.all([
    api('orgs.children', { params: { orgId: sender.id }, query: { cursor: q('ccursor') } }),
    browseId ? browseUnder(sender, browseId, q('bcursor')) : null,
    membersId ? membersOf(sender, membersId, q('mcursor')) : null,
    api('notices.smsBudget', { params: { orgId: sender.id } }),
  ]);
  return {
    org: { ...slim(sender), ancestors: sender.ancestors },
    children: { items: children.ok ? children.data.items.map(slim) : [], cursor: children.ok ? children.data.cursor : null },
    browse,
    members,
    budget: budget.ok ? budget.data : null,
    // One per form render: a double submit (or a retry) creates one notice.
    requestId: randomUUID(),
  };
};

export const actions: Actions = {
  compose: async ({ request, params }) => {
    const form = await request.formData();
    const { values, body, fields } = readCompose(form, params.orgId);
    // Browsing and picking without JavaScript post the form to keep what was typed.
    if (text(form, 'intent') === 'nav') return { form: 'compose', values };
    if (Object.keys(fields).length > 0) return invalid(fields, { form: 'compose', values });

    const result = await api('notices.create', { params: { orgId: params.orgId }, body });
    if (!result.ok) {
      const error = result.error.fields ? { ...result.error, fields: toFormFields(result.error.fields) } : result.error;
      return apiFailure(result.status, error, { form: 'compose', values });
    }
    const done = result.data.status === 'scheduled' ? 'scheduled' : 'published';
    redirect(303, `/w/orgs/${params.orgId}/notices/${result.data.id}?done=${done}`);
  },
};
