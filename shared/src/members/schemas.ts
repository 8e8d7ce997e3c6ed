import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { siteHeaderSchema } from '../site-items/schemas';
import { usccSchema } from '../applications/uscc';
import { cursorSchema, idSchema, orgNameSchema, slugSchema } from '../orgs/schemas';
import { MEMBER_STATUSES, MEMBER_TYPES } from './member-types';

const phoneSchema = z.string().trim().regex(/^[0-9+\-() ]{7,20}$/, 'phone.invalid');

/** What a member unit fills in (also what the admin edits). */
export const memberFields = z.object({
  name: orgNameSchema,
  type: z.enum(MEMBER_TYPES, 'member_type.invalid'),
  code: usccSchema,
  contactPerson: z.string().trim().min(1, 'contact_name.required').max(40),
  phone: phoneSchema,
  email: z.email('email.invalid'),
  address: z.string().trim().min(1, 'address.required').max(200),
  note: z.string().trim().max(500).default(''),
});
export type MemberFields = z.infer<typeof memberFields>;

/** The public application form; the captcha is required once an IP has applied several times. */
export const memberApplyInput = memberFields.extend({
  slug: slugSchema,
  captchaId: z.string().trim().max(64).optional(),
  captchaAnswer: z.string().trim().max(16).optional(),
});
export type MemberApplyInput = z.infer<typeof memberApplyInput>;

export const memberNumberSchema = z.string().trim().toUpperCase().regex(/^HY\d{8}-[0-9A-Z]{6}$/, 'number.invalid');
export const memberIdSchema = z.string().regex(/^hy\d{8}-[0-9a-z]{6}$/, 'id.invalid');

export const listMembersInput = z.object({
  orgId: idSchema,
  status: z.enum(MEMBER_STATUSES).default('pending'),
  q: z.string().trim().max(60).default(''),
  cursor: cursorSchema,
});
export const memberParams = z.object({ orgId: idSchema, memberId: memberIdSchema });
export const decideMemberInput = memberParams
  .extend({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(500).default('') })
  .refine((d) => d.decision === 'approve' || d.reason.length > 0, { path: ['reason'], message: 'reason.required' });
export type DecideMemberInput = z.infer<typeof decideMemberInput>;
export const updateMemberInput = memberParams.extend(memberFields.shape).extend({ expectedVersion: wholeNumber(z.number().int().min(1)) });
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;
export const endMemberInput = memberParams.extend({ reason: z.string().trim().min(1, 'reason.required').max(500) });
export const publicMembersInput = z.object({ slug: slugSchema, cursor: cursorSchema });

/** What the org's admins see. */
export const memberViewSchema = z.object({
  id: z.string(),
  number: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  name: z.string(),
  type: z.enum(MEMBER_TYPES),
  code: z.string(),
  contactPerson: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  note: z.string(),
  status: z.enum(MEMBER_STATUSES),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  joinedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
  version: z.number().int(),
});
export type MemberView = z.infer<typeof memberViewSchema>;

/** A page of the org's member units in one status. */
export const memberViewPageSchema = z.object({ items: z.array(memberViewSchema), cursor: z.string().nullable() });

/** The application's number: the applicant's key to its status page. */
export const memberApplicationSchema = z.object({ number: z.string() });

/** The applicant's status page: the number is the (unguessable) capability. */
export const memberPublicStatusSchema = z.object({
  number: z.string(),
  name: z.string(),
  orgName: z.string(),
  orgSlug: z.string(),
  status: z.enum(MEMBER_STATUSES),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type MemberPublicStatus = z.infer<typeof memberPublicStatusSchema>;

/** One member unit on the public member page. */
export const publicMemberSchema = z.object({ name: z.string(), type: z.enum(MEMBER_TYPES), joinedAt: z.string() });
export type PublicMember = z.infer<typeof publicMemberSchema>;

/** The public member page. */
export const publicMembersViewSchema = z.object({
  site: siteHeaderSchema,
  items: z.array(publicMemberSchema),
  total: z.number().int().nonnegative(),
  cursor: z.string().nullable(),
});
export type PublicMembersView = z.infer<typeof publicMembersViewSchema>;

/**
 * The compact list on the small item `{ pk: 'ORG#<orgId>#', sk: 'MEMBERUNITS' }`
 * (keys-members.ts `memberUnitsSummary`): the first approved members by join date and the
 * total, for the public home page (one BatchGet together with the org).
 */
export const memberUnitsSummarySchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), type: z.enum(MEMBER_TYPES), joinedAt: z.string() })),
  total: z.number().int(),
  version: z.number().int(),
});
export type MemberUnitsSummary = z.infer<typeof memberUnitsSummarySchema>;
