import { z } from 'zod';
import { ROLES, type Role } from '../access/roles';
import { ORG_TYPES, type OrgType } from '../orgs/org-types';
import { idSchema, cursorSchema } from '../orgs/schemas';

/**
 * Who receives a notice. Org-based selection (whole subtrees and single orgs, optionally
 * narrowed to org types and roles) plus named people. The sender can only target inside
 * their own subtree.
 */
export const noticeTargetsSchema = z
  .object({
    subtrees: z.array(idSchema).max(50).default([]),
    orgs: z.array(idSchema).max(200).default([]),
    orgTypes: z.array(z.enum(ORG_TYPES)).default([]),
    roles: z.array(z.enum(ROLES)).default([]),
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
    sendSms: z.coerce.boolean().default(false),
    targets: noticeTargetsSchema,
    /** Client-generated key: a retried submission creates one notice, not two. */
    requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'request_id.invalid'),
  });
export type ComposeNoticeInput = z.infer<typeof composeNoticeInput>;

export const noticeIdParams = z.object({ noticeId: idSchema });
export const noticePageInput = z.object({ noticeId: idSchema, cursor: cursorSchema, orgId: idSchema.optional() });
export const sentNoticesInput = z.object({ orgId: idSchema, cursor: cursorSchema });
export const inboxInput = z.object({ cursor: cursorSchema });
export const remindInput = z.object({ noticeId: idSchema, requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'request_id.invalid') });

export type NoticeStatus = 'scheduled' | 'publishing' | 'published';

export interface NoticeView {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  bodyHtml: string;
  attachments: { name: string; url: string }[];
  confirmBy: string | null;
  publishAt: string;
  status: NoticeStatus;
  sendSms: boolean;
  targets: NoticeTargets;
  recipientCount: number;
  authorId: string;
  createdAt: string;
}

/** One notice in a person's inbox. */
export interface InboxItem {
  noticeId: string;
  title: string;
  orgName: string;
  publishedAt: string;
  confirmBy: string | null;
  readAt: string | null;
  confirmedAt: string | null;
}

export interface Counts {
  total: number;
  read: number;
  confirmed: number;
}

/** The sender's statistics: totals, per org along the tree below the sender, per role. */
export interface NoticeStats {
  totals: Counts;
  byOrg: { orgId: string; name: string; parentId: string | null; type: OrgType; counts: Counts }[];
  byRole: { role: Role; counts: Counts }[];
}

export interface UnreadRecipient {
  accountId: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: Role[];
  hasVerifiedPhone: boolean;
}
