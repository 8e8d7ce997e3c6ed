import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { idSchema } from '../orgs/schemas';

/** The sections of an org's public site, in the order the site navigation shows them. */
export const SITE_SECTIONS = ['home', 'news', 'notices', 'members', 'about'] as const;
export type SiteSection = (typeof SITE_SECTIONS)[number];

/** A hostname such as `www.example.org.cn` (recorded for later; nothing routes it yet). */
export const hostnameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'domain.invalid')
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'domain.invalid');

export const navOrderSchema = z
  .array(z.enum(SITE_SECTIONS))
  .length(SITE_SECTIONS.length, 'nav.incomplete')
  .refine((list) => new Set(list).size === list.length, 'nav.duplicate');

export const siteSettingsInput = z.object({
  orgId: idSchema,
  expectedVersion: wholeNumber(z.number().int().min(1)),
  logoUploadId: idSchema.optional(),
  bannerUploadId: idSchema.optional(),
  removeLogo: z.boolean().default(false),
  removeBanner: z.boolean().default(false),
  navOrder: navOrderSchema,
  customDomain: z.union([z.literal(''), hostnameSchema]).default(''),
});
export type SiteSettingsInput = z.infer<typeof siteSettingsInput>;

export const siteStatusInput = z
  .object({ orgId: idSchema, state: z.enum(['active', 'closed']), reason: z.string().trim().max(500).default('') })
  .refine((s) => s.state === 'active' || s.reason.length > 0, { path: ['reason'], message: 'reason.required' });
export type SiteStatusInput = z.infer<typeof siteStatusInput>;

/** Moves one section up or down (the no-JS navigation editor). */
export function moveSection(order: readonly SiteSection[], section: SiteSection, delta: -1 | 1): SiteSection[] {
  const list = [...order];
  const i = list.indexOf(section);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= list.length) return list;
  [list[i], list[j]] = [list[j]!, list[i]!];
  return list;
}

/** The site's look as public pages get it: logo and banner as short-lived signed URLs, the section order. */
export const siteSettingsViewSchema = z.object({
  logoUrl: z.string().nullable(),
  bannerUrl: z.string().nullable(),
  navOrder: z.array(z.enum(SITE_SECTIONS)),
});
