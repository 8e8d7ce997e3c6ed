import { z } from 'zod';
import { orgTypeSchema } from '../orgs/org';
import { idSchema, orgNameSchema, cursorSchema } from '../orgs/schemas';
import { usccSchema } from './uscc';
import { mobileSchema, passwordSchema, usernameSchema } from '../accounts/schemas';

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
  status: z.enum(['pending', 'approved', 'rejected']).default('pending'),
  cursor: cursorSchema,
});

export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

/** What the applicant's public status page shows: no contact details, no hashes. */
export interface ApplicationPublicView {
  number: string;
  name: string;
  parentName: string;
  status: ApplicationStatus;
  submittedAt: string;
  decidedAt: string | null;
  reason: string | null;
  orgSlug: string | null;
}

/** What the approving admins see. */
export interface ApplicationView extends ApplicationPublicView {
  id: string;
  type: z.infer<typeof orgTypeSchema>;
  parentId: string;
  region: string;
  code: string;
  contactName: string;
  mobile: string;
  email: string;
  adminUsername: string;
  decidedBy: string | null;
  version: number;
}
