import { z } from 'zod';

/**
 * Decisions that concern someone, told in their in-app inbox as a system message (besides any
 * SMS): what happened (`event`, a message code the web translates with `vars`) and where to
 * look (`link`, a workspace path).
 */
export const SYSTEM_EVENTS = [
  'report.returned', 'report.approved', 'report.accepted',
  'application.approved',
  'resource.published', 'resource.returned', 'resource.taken_down',
  'siteItem.published', 'siteItem.returned', 'siteItem.rejected', 'siteItem.taken_down',
  'member.approved', 'member.rejected',
] as const;
export type SystemEvent = (typeof SYSTEM_EVENTS)[number];

const varValue = z.string().max(200);

export const systemMessageFields = {
  /** Absent on notices (stored before system messages existed), `system` on these. */
  kind: z.enum(['notice', 'system']).optional(),
  event: z.enum(SYSTEM_EVENTS).optional(),
  vars: z.record(z.string(), varValue).optional(),
  /** Where the message leads: a path inside the workspace. */
  link: z.string().regex(/^\/w(\/|$)/).optional(),
};

export interface SystemMessage {
  event: SystemEvent;
  vars: Record<string, string>;
  link: string;
  /** The deciding org's name (shown as the sender). */
  fromName: string;
  /** A key of the decision (report and version, resource and status...): a retried request writes the message once. */
  key: string;
  at: string;
}
