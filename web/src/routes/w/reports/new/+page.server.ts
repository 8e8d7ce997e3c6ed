import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ORG_TYPES } from '@trellis/shared/orgs/org-types';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import { chinaDay, openRoundInput } from '@trellis/shared/reporting/rounds';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { list, text } from '#lib/server/form-fields.ts';
import { nationalOrg } from '#lib/reporting/memberships.ts';

/** The national admin opens a round: scope is the national org or one of its direct children. */
export const load: PageServerLoad = async ({ locals }) => {
  const national = nationalOrg(locals.session!);
  if (!national) error(403, 'Forbidden', { code: 'access.denied' });
  const children = await api('orgs.children', { params: { orgId: national.id } });
  const scopes = [national, ...(children.ok ? children.data.items.map((o) => ({ id: o.id, name: o.name })) : [])];
  const now = new Date();
  const today = chinaDay(now);
  // A 15-week window from today by default (the seed's 1 April - 15 July is about that long).
  const closesOn = chinaDay(new Date(now.getTime() + 105 * 86_400_000));
  // The forms' ids and titles only: the declarations stay out of the page's JavaScript.
  const forms = Object.values(FORMS).map((f) => ({ id: f.id, title: f.title }));
  return { scopes, forms, defaults: { year: String(Number(today.slice(0, 4)) - 1), opensOn: today, closesOn } };
};

const FIELDS = ['scope', 'formId', 'year', 'opensOn', 'closesOn', 'remind'] as const;

export const actions: Actions = {
  default: async ({ request, locals }) => {
    if (!nationalOrg(locals.session!)) error(403, 'Forbidden', { code: 'access.denied' });
    const form = await request.formData();
    const values: Record<string, string | string[]> = Object.fromEntries(FIELDS.map((n) => [n, text(form, n)]));
    const orgTypes = list(form, 'orgTypes').filter((v) => (ORG_TYPES as readonly string[]).includes(v));
    values.orgTypes = orgTypes;
    const remind = String(values.remind).split(/[,，\s]+/).filter(Boolean).map(Number);
    if (remind.some((n) => !Number.isInteger(n) || n < 0 || n > 90)) return invalid({ remindDaysBeforeClose: ['field.invalid'] }, { values });
    const parsed = openRoundInput.safeParse({
      orgId: values.scope, formId: values.formId, year: values.year, opensOn: values.opensOn, closesOn: values.closesOn,
      remindDaysBeforeClose: remind, orgTypes,
    });
    if (!parsed.success) return invalid(zodFields(parsed.error), { values });
    const { orgId, ...body } = parsed.data;
    const res = await api('reporting.openRound', { params: { orgId }, body });
    if (!res.ok) return apiFailure(res.status, res.error, { values });
    // Another open of the same round is still creating its reports: the list shows it as such.
    if (res.data.status === 'opening') redirect(303, `/w/reports?done=opening&year=${res.data.year}`);
    if (res.status !== 201) redirect(303, `/w/reports/${res.data.id}/region/${orgId}?done=exists`);
    redirect(303, `/w/reports?done=opened&year=${res.data.year}&n=${res.data.expected}`);
  },
};
