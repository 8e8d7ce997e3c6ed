import { z } from 'zod';
import { flag } from '../http/form-values';
import { ROLES } from '../access/roles';
import { ORG_TYPES } from '../orgs/org-types';
import { idSchema, cursorSchema } from '../orgs/schemas';
import { systemMessageFields } from '../inbox/system-message';

/**
 * Who receives a notice. Org-based selection (whole subtrees and single orgs, optionally
 * narrowed to org types and roles) plus named people. The sender can only target inside
 * their own subtree.
 */
export const noticeTargetsSchema = z
  .object({
    subtrees: z.array(idSchema).max(50).default([]),
    orgs: z.array(idSchema).max(200).default([]),
    orgTypes: z.array(z.enum(ORG_TYPES)).max(ORG_TYPES.length).default([]),
    roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
    people: z.array(idSchema).max(200).default([]),
  })
  .refine((t) => t.subtrees.length + t.orgs.length + t.people.length > 0, { message: 'targets.required', path: ['subtrees'] });
export type NoticeTargets = z.infer<typeof noticeTargetsSchema>;

export const attachmentSchema = z.object({
  name: z.string().trim().min(1).max(100),
  url: z.url({ protocol: /^https?$/ }),
});

export const composeNoticeInput = z
  .object({
    orgId: idSchema,
    title: z.string().trim().min(2, 'title.too_short').max(100, 'title.too_long'),
    bodyHtml: z.string().max(100_000, 'body.too_long'),
    attachments: z.array(attachmentSchema).max(10).default([]),
    confirmBy: z.iso.datetime({ offset: true }).optional(),
    publishAt: z.iso.datetime({ offset: true }).optional(),
    sendSms: flag().default(false),
    targets: noticeTargetsSchema,
    /** Client-generated key: a retried submission creates one notice, not two. */
    requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'request_id.invalid'),
  });
export type ComposeNoticeInput = z.infer<typeof composeNoticeInput>;
/** The JSON body of notices.create as a client sends it (the org id is the path parameter). */
export type ComposeNoticeBody = Omit<z.input<typeof composeNoticeInput>, 'orgId'>;

export const noticeIdParams = z.object({ noticeId: idSchema });
export const noticePageInput = z.object({ noticeId: idSchema, cursor: cursorSchema, orgId: idSchema.optional() });
export const sentNoticesInput = z.object({ orgId: idSchema, cursor: cursorSchema });
export const inboxInput = z.object({ cursor: cursorSchema });
export const remindInput = z.object({ noticeId: idSchema, requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'request_id.invalid') });

export const NOTICE_STATUSES = ['scheduled', 'publishing', 'published'] as const;
export const noticeStatusSchema = z.enum(NOTICE_STATUSES);
export type NoticeStatus = z.infer<typeof noticeStatusSchema>;

/** A notice as its sender sees it (the stored record without its bookkeeping). */
export const noticeViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  title: z.string(),
  bodyHtml: z.string(),
  attachments: z.array(z.object({ name: z.string(), url: z.string() })),
  confirmBy: z.string().nullable(),
  publishAt: z.string(),
  status: noticeStatusSchema,
  sendSms: z.boolean(),
  targets: noticeTargetsSchema,
  recipientCount: z.number().int(),
  authorId: z.string(),
  createdAt: z.string(),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

/** One notice in a person's inbox. */
export const inboxItemSchema = z.object({
  noticeId: z.string(),
  title: z.string(),
  orgName: z.string(),
  publishedAt: z.string(),
  confirmBy: z.string().nullable(),
  readAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  ...systemMessageFields,
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const countsSchema = z.object({ total: z.number().int(), read: z.number().int(), confirmed: z.number().int() });
export type Counts = z.infer<typeof countsSchema>;

/** The sender's statistics: totals, per org along the tree below the sender, per role. */
export const noticeStatsSchema = z.object({
  totals: countsSchema,
  byOrg: z.array(
    z.object({ orgId: z.string(), name: z.string(), parentId: z.string().nullable(), type: z.enum(ORG_TYPES), counts: countsSchema }),
  ),
  byRole: z.array(z.object({ role: z.enum(ROLES), counts: countsSchema })),
});
export type NoticeStats = z.infer<typeof noticeStatsSchema>;

export const unreadRecipientSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  roles: z.array(z.enum(ROLES)),
  hasVerifiedPhone: z.boolean(),
});
export type UnreadRecipient = z.infer<typeof unreadRecipientSchema>;
