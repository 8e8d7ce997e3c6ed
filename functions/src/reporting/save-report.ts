import { isDeepStrictEqual } from 'node:util';
import { draftSchema } from '@trellis/shared/reporting/form-schema';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import { isWindowOpen } from '@trellis/shared/reporting/rounds';
import type { ReportView } from '@trellis/shared/reporting/report-view';
import { isEditable } from '@trellis/shared/reporting/states';
import { getReport, saveReportData } from '../adapters/dynamodb/report/report-store';
import { Conflict, NotFound, ValidationError } from '../errors';
import { toReportView } from './report-view';
import { requireOpenRound } from './round-cache';

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) (out[`data.${i.path.map(String).join('.')}`] ??= []).push(i.message === 'Invalid input' ? 'report.invalid' : i.message);
  return out;
}

/**
 * Autosave: a half-filled form saves (type-checked only), never over a newer version and
 * never into a locked report. Re-sending the same save is answered with the saved report.
 * Inside the window: one conditional UpdateItem.
 */
export async function saveReport(orgId: string, roundId: string, expectedVersion: number, raw: Record<string, unknown>, now = new Date()): Promise<ReportView> {
  const round = await requireOpenRound(roundId);
  const form = FORMS[round.formId];
  if (!form) throw new NotFound('round.not_found');
  const parsed = draftSchema(form).safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const data = parsed.data as Record<string, unknown>;
  if (!isWindowOpen(round, now)) {
    const current = await getReport(orgId, roundId);
    if (!current) throw new NotFound('report.not_found');
    if (!current.lockException) throw new Conflict('report.window_closed');
  }
  const outcome = await saveReportData(orgId, roundId, expectedVersion, data, now.toISOString());
  if (outcome.saved) return toReportView(outcome.report);
  const current = outcome.current;
  if (!current) throw new NotFound('report.not_found');
  if (current.version === expectedVersion + 1 && isDeepStrictEqual(current.data, data) && isEditable(current.state)) return toReportView(current);
  if (!isEditable(current.state)) throw new Conflict('report.locked');
  throw new Conflict('report.version_conflict');
}
