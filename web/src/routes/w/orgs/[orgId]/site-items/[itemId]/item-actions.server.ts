import type { RequestEvent } from '@sveltejs/kit';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';

type Event = RequestEvent<{ orgId: string; itemId: string }>;

const ids = (event: Event) => ({ orgId: event.params.orgId, itemId: event.params.itemId });

/** Decisions that need a reason ask for it, and destructive ones ask to confirm first. */
async function reasoned(event: Event, form: string, opts: { required: boolean; confirm: boolean }) {
  const data = await event.request.formData();
  const reason = text(data, 'reason').trim();
  if (opts.required && !reason) return { error: invalid({ reason: ['reason.required'] }, { form, values: { reason } }) };
  if (opts.confirm && text(data, 'confirmed') !== 'yes') return { error: { confirm: { form, reason } } };
  return { reason };
}

const done = (form: string) => ({ done: form });

/** The item page's form actions: each calls one API route and reports the outcome per form. */
export const itemActions = {
  submit: async (event: Event) => {
    const item = await api('siteItems.get', { params: ids(event) });
    if (!item.ok) return apiFailure(item.status, item.error, { form: 'submit' });
    const { kind, title, bodyHtml, imageIds, version } = item.data;
    const res = await api('siteItems.update', { params: ids(event), body: { kind, title, bodyHtml, imageIds, submit: true, expectedVersion: version } });
    return res.ok ? done('submit') : apiFailure(res.status, res.error, { form: 'submit' });
  },
  approve: async (event: Event) => {
    const res = await api('siteItems.approve', { params: ids(event), body: { decision: 'approve', reason: '' } });
    return res.ok ? done('approve') : apiFailure(res.status, res.error, { form: 'approve' });
  },
  return: async (event: Event) => {
    const r = await reasoned(event, 'return', { required: true, confirm: false });
    if ('error' in r) return r.error;
    const res = await api('siteItems.approve', { params: ids(event), body: { decision: 'return', reason: r.reason } });
    return res.ok ? done('return') : apiFailure(res.status, res.error, { form: 'return', values: { reason: r.reason } });
  },
  recommend: async (event: Event) => {
    const r = await reasoned(event, 'recommend', { required: false, confirm: false });
    if ('error' in r) return r.error;
    const res = await api('siteItems.recommend', { params: ids(event), body: { reason: r.reason } });
    return res.ok ? done('recommend') : apiFailure(res.status, res.error, { form: 'recommend' });
  },
  publish: async (event: Event) => {
    const res = await api('siteItems.review', { params: ids(event), body: { decision: 'publish', reason: '' } });
    return res.ok ? done('publish') : apiFailure(res.status, res.error, { form: 'publish' });
  },
  reject: async (event: Event) => {
    const r = await reasoned(event, 'reject', { required: true, confirm: false });
    if ('error' in r) return r.error;
    const res = await api('siteItems.review', { params: ids(event), body: { decision: 'reject', reason: r.reason } });
    return res.ok ? done('reject') : apiFailure(res.status, res.error, { form: 'reject', values: { reason: r.reason } });
  },
  takedown: async (event: Event) => {
    const r = await reasoned(event, 'takedown', { required: true, confirm: true });
    if ('error' in r) return r.error;
    const res = await api('siteItems.takedown', { params: ids(event), body: { reason: r.reason } });
    return res.ok ? done('takedown') : apiFailure(res.status, res.error, { form: 'takedown', values: { reason: r.reason } });
  },
  restore: async (event: Event) => {
    const r = await reasoned(event, 'restore', { required: false, confirm: false });
    if ('error' in r) return r.error;
    const res = await api('siteItems.restore', { params: ids(event), body: { reason: r.reason } });
    return res.ok ? done('restore') : apiFailure(res.status, res.error, { form: 'restore' });
  },
};
