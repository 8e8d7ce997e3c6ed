import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { changeSiteAddressInput } from '@trellis/shared/sites/schemas';
import { moveSection, SITE_SECTIONS, siteSettingsInput, type SiteSection } from '@trellis/shared/sites/settings';
import { can } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { list, pick, text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';

const FIELDS = ['expectedVersion', 'logoUploadId', 'bannerUploadId', 'customDomain'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const org = await api('orgs.get', { params: { orgId: params.orgId } });
  if (!org.ok) raise(org);
  const target = { id: org.data.id, path: org.data.path, status: org.data.status };
  if (!can(locals.session, 'site.edit', target)) error(403, 'Forbidden', { code: 'access.denied' });
  const site = await api('sites.get', { params: { slug: org.data.slug } }, null);
  return {
    org: org.data,
    isAdmin: can(locals.session, 'org.update', target),
    images: site.ok ? { logoUrl: site.data.settings?.logoUrl ?? null, bannerUrl: site.data.settings?.bannerUrl ?? null } : { logoUrl: null, bannerUrl: null },
    navOrder: org.data.siteSettings?.navOrder ?? [...SITE_SECTIONS],
    saved: url.searchParams.get('saved') === '1',
    moved: url.searchParams.get('moved') === '1',
  };
};

function formValues(form: FormData) {
  const values = pick(form, FIELDS);
  const navOrder = list(form, 'navOrder') as SiteSection[];
  return { values: { ...values, removeLogo: text(form, 'removeLogo'), removeBanner: text(form, 'removeBanner') }, navOrder };
}

export const actions: Actions = {
  /** Up/down without JavaScript: the new order comes back in the form, saved with "save". */
  move: async ({ request }) => {
    const form = await request.formData();
    const { values, navOrder } = formValues(form);
    const [section, dir] = text(form, 'move').split(':');
    const moved = SITE_SECTIONS.includes(section as SiteSection) ? moveSection(navOrder, section as SiteSection, dir === 'up' ? -1 : 1) : navOrder;
    return { form: 'settings', values, navOrder: moved };
  },
  save: async ({ request, params, url }) => {
    const form = await request.formData();
    const { values, navOrder } = formValues(form);
    const input = {
      orgId: params.orgId,
      expectedVersion: values.expectedVersion,
      ...(values.logoUploadId.trim() ? { logoUploadId: values.logoUploadId.trim() } : {}),
      ...(values.bannerUploadId.trim() ? { bannerUploadId: values.bannerUploadId.trim() } : {}),
      removeLogo: values.removeLogo === 'on',
      removeBanner: values.removeBanner === 'on',
      navOrder,
      customDomain: values.customDomain.trim(),
    };
    const parsed = siteSettingsInput.safeParse(input);
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'settings', values, navOrder } as never);
    const { orgId: _o, ...body } = parsed.data;
    const result = await api('sites.settings', { params: { orgId: params.orgId }, body });
    if (!result.ok) {
      const keep = result.error.code === 'conflict.version' ? {} : { values, navOrder };
      return apiFailure(result.status, result.error, { form: 'settings', ...keep } as never);
    }
    redirect(303, `${url.pathname}?saved=1`);
  },
  /** A new site address; the old one keeps working as a redirect. */
  address: async ({ request, params, url }) => {
    const form = await request.formData();
    const values = pick(form, ['expectedVersion', 'slug'] as const);
    const parsed = changeSiteAddressInput.safeParse({ orgId: params.orgId, expectedVersion: values.expectedVersion, slug: values.slug });
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'address', values } as never);
    const { orgId: _o, ...body } = parsed.data;
    const result = await api('sites.changeAddress', { params: { orgId: params.orgId }, body });
    if (!result.ok) {
      if (result.error.code === 'slug.taken') return invalid({ slug: ['slug.taken'] }, { form: 'address', values } as never);
      return apiFailure(result.status, result.error, { form: 'address', values } as never);
    }
    redirect(303, `${url.pathname}?moved=1`);
  },
};
