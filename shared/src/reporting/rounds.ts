import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { ORG_TYPES } from '../orgs/org-types';
import { isSelfOrAncestorPath, pathIds } from '../orgs/path';
import { idSchema } from '../orgs/schemas';
import { FORM_IDS } from './group-annual-form';

/** A reporting round: one form, one data year, a window, reminders, and who must report. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date.invalid');

export const openRoundInput = z
  .object({
    orgId: idSchema,
    formId: z.enum(FORM_IDS),
    year: wholeNumber(z.number().int().min(2000, 'year.invalid').max(2100, 'year.invalid')),
    opensOn: day,
    closesOn: day,
    remindDaysBeforeClose: z.array(z.number().int().min(0).max(90)).max(5).default([7, 1]),
    orgTypes: z.array(z.enum(ORG_TYPES)).min(1, 'org_types.required').max(ORG_TYPES.length).default(['group']),
  })
  .refine((r) => r.closesOn >= r.opensOn, { path: ['closesOn'], message: 'window.close_before_open' });
export type OpenRoundInput = z.infer<typeof openRoundInput>;

export const ROUND_STATUSES = ['opening', 'open'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A stored round, as the API answers it. */
export const reportRoundSchema = z.object({
  id: z.string(),
  formId: z.string(),
  year: z.number().int(),
  opensOn: day,
  closesOn: day,
  remindDaysBeforeClose: z.array(z.number().int()),
  /** Orgs of these types under `scopePath` must report. */
  orgTypes: z.array(z.enum(ORG_TYPES)),
  scopeOrgId: z.string(),
  scopePath: z.string(),
  expected: z.number().int(),
  /**
   * Expected reports inside each region with a dashboard (national, province, city: depth <= 3),
   * so a province's card counts its own orgs, not the whole round's. Older rounds lack it.
   */
  expectedByRegion: z.record(z.string(), z.number().int()).optional(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  /** The opener's name, for the `open` entry of every report's trail (also when a resume writes it). */
  createdByName: z.string().optional(),
  /**
   * `opening` while the expected reports are being written (saves and submits are refused
   * until then; a retried open or the scheduled job finishes it); `open` afterwards.
   * Rounds stored before this field existed are open.
   */
  status: z.enum(ROUND_STATUSES).optional(),
});
export type ReportRound = z.infer<typeof reportRoundSchema>;

export const isRoundOpening = (r: Pick<ReportRound, 'status'>): boolean => r.status === 'opening';

/** A round concerns an org when the org is inside the round's scope or its region contains the scope. */
export const roundConcerns = (round: Pick<ReportRound, 'scopePath'>, orgPath: string): boolean =>
  isSelfOrAncestorPath(round.scopePath, orgPath) || isSelfOrAncestorPath(orgPath, round.scopePath);

/** How many of `orgPaths` each region (an ancestor at depth <= 3, or the org itself) contains. */
export function expectedByRegion(orgPaths: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const path of orgPaths) for (const id of pathIds(path).slice(0, 3)) out[id] = (out[id] ?? 0) + 1;
  return out;
}

export { expectedIn } from './round-expected';

export const roundIdOf = (formId: string, year: number): string => `${formId}-${year}`;

/** The calendar day in China (UTC+8), the window's time zone. */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Open from the first day to the last day inclusive. */
export function isWindowOpen(round: Pick<ReportRound, 'opensOn' | 'closesOn'>, now: Date): boolean {
  const today = chinaDay(now);
  return today >= round.opensOn && today <= round.closesOn;
}

/** Days before close on which reminders go out (the scheduler and the dashboard use it). */
export function reminderDays(round: Pick<ReportRound, 'closesOn' | 'remindDaysBeforeClose'>): string[] {
  const close = Date.parse(`${round.closesOn}T00:00:00Z`);
  return round.remindDaysBeforeClose.map((d) => new Date(close - d * 86_400_000).toISOString().slice(0, 10)).sort();
}

/** Automatic reminders go out from this hour of the day in China (Asia/Shanghai, UTC+8, no DST), never at night. */
export const REMINDER_HOUR = 9;

/** The hour of the day (0-23) in China. */
export function chinaHour(now: Date): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCHours();
}

/** Whether the hourly job may send today's automatic reminders now (from 09:00 Beijing time). */
export function isReminderTime(now: Date): boolean {
  return chinaHour(now) >= REMINDER_HOUR;
}
