import { z } from 'zod';
import { orgTypeSchema, pageOf } from '../orgs/org';
import { idSchema, orgNameSchema, cursorSchema, slugSchema } from '../orgs/schemas';
import { usccSchema } from './uscc';
import { mobileSchema, passwordSchema, usernameSchema } from '../accounts/schemas';

export const applicationStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const applicationInput = z.object({
  name: orgNameSchema,
  type: orgTypeSchema,
  parentId: idSchema,
  region: z.string().trim().min(1, 'region.required').max(60),
  code: usccSchema,
  contactName: z.string().trim().min(1, 'contact_name.required').max(40),
  mobile: mobileSchema,
  email: z.email('email.invalid'),
  adminUsername: usernameSchema,
  adminPassword: passwordSchema,
  /** The site address wanted (/o/<slug>); empty or absent: one is suggested from the name in pinyin. */
  slug: z.union([z.literal(''), slugSchema]).optional(),
});
export type ApplicationInput = z.infer<typeof applicationInput>;

export const applicationNumberSchema = z.string().trim().regex(/^SQ\d{8}-[0-9A-Z]{6}$/, 'number.invalid');

export const decisionInput = z
  .object({
    applicationId: idSchema,
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(500).default(''),
  })
  .refine((d) => d.decision === 'approve' || d.reason.length > 0, {
    path: ['reason'],
    message: 'reason.required',
  });
export type DecisionInput = z.infer<typeof decisionInput>;

export const listApplicationsInput = z.object({
  orgId: idSchema,
  status: applicationStatusSchema.default('pending'),
  cursor: cursorSchema,
});

/** What the applicant's public status page shows: no contact details, no hashes. */
export const applicationPublicViewSchema = z.object({
  number: z.string(),
  name: z.string(),
  parentName: z.string(),
  status: applicationStatusSchema,
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  reason: z.string().nullable(),
  orgSlug: z.string().nullable(),
  /** The site address reserved for the org (absent on applications from before addresses were proposed). */
  slug: z.string().optional(),
});
export type ApplicationPublicView = z.infer<typeof applicationPublicViewSchema>;

/** What the approving admins see. */
export const applicationViewSchema = applicationPublicViewSchema.extend({
  id: z.string(),
  type: orgTypeSchema,
  parentId: z.string(),
  region: z.string(),
  code: z.string(),
  contactName: z.string(),
  mobile: z.string(),
  email: z.string(),
  adminUsername: z.string(),
  decidedBy: z.string().nullable(),
  /** The decider's display name at the time (absent on decisions from before it was kept). */
  decidedByName: z.string().nullable().optional(),
  version: z.number().int(),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;

/** The approvals inbox: one page of applications and the pending count under the org. */
export const applicationListSchema = pageOf(applicationViewSchema).extend({ counts: z.object({ pending: z.number().int() }) });
