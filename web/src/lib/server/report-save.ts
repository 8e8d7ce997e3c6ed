import { fail } from '@sveltejs/kit';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import type { ReportView } from '@trellis/shared/reporting/report-view';
import { validateReport } from '@trellis/shared/reporting/validate';
import { emptyRow, readReportForm } from '#lib/reporting/form-data.ts';
import { api } from './api';
import { text } from './form-fields';

/** What a failed save or submit returns: the form as typed, field codes, the error code. */
export interface ReportFailure {
  form: 'report';
  display: ReportData;
  fields: Record<string, string[]>;
  error: string;
}

const reportFail = (status: number, display: ReportData, fields: Record<string, string[]>, error: string) =>
  fail(status, { form: 'report', display, fields, error } satisfies ReportFailure);

/** The API's `data.members.0.code` field names as form paths (`members.0.code`). */
export function formFields(fields: Record<string, string[]> | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k.replace(/^data\./, ''), v]));
}

/**
 * Reads the posted report form (with the no-JavaScript row buttons: `addRow`, `removeRow`)
 * and saves it as the draft at the version the page had. Returns the saved view or a failure.
 */
export async function saveFromForm(orgId: string, roundId: string, posted: FormData) {
  const formId = text(posted, 'formId');
  const decl = FORMS[formId] ?? FORMS['group-annual']!;
  const parsed = readReportForm(decl, posted);
  const rows = parsed.data[decl.table.key] as Record<string, unknown>[];
  const shown = parsed.display[decl.table.key] as Record<string, unknown>[];
  const remove = text(posted, 'removeRow');
  if (remove !== '') {
    rows.splice(Number(remove), 1);
    shown.splice(Number(remove), 1);
  }
  if (text(posted, 'addRow')) {
    rows.push(emptyRow(decl));
    shown.push(emptyRow(decl));
  }
  if (Object.keys(parsed.fields).length > 0) return { failure: reportFail(400, parsed.display, parsed.fields, 'validation.failed') };
  const expectedVersion = Number(text(posted, 'expectedVersion'));
  const res = await api('reporting.save', { params: { orgId, roundId }, body: { expectedVersion, data: parsed.data } });
  if (!res.ok) return { failure: reportFail(res.status, parsed.display, formFields(res.error.fields), res.error.code) };
  return { view: res.data, display: parsed.display };
}

/** The reply to a successful save: what the autosave needs (and the page shows without JS). */
export function savedReply(view: ReportView) {
  return { saved: { version: view.version, at: view.updatedAt, issues: view.issues } };
}

/**
 * Submit in two steps: save what is on the page and check it (issues come back next to the
 * fields), then ask for confirmation; the confirmed post saves again and submits that version.
 */
export async function submitFromForm(orgId: string, roundId: string, posted: FormData) {
  const saved = await saveFromForm(orgId, roundId, posted);
  if (saved.failure) return { failure: saved.failure };
  const decl = FORMS[saved.view.formId] ?? FORMS['group-annual']!;
  const checked = validateReport(decl, saved.view.data);
  if (!checked.ok) return { failure: reportFail(400, saved.display, checked.fields, 'validation.failed') };
  if (text(posted, 'confirmed') !== 'yes') return { confirm: { version: saved.view.version, ...savedReply(saved.view) } };
  const res = await api('reporting.submit', { params: { orgId, roundId }, body: { expectedVersion: saved.view.version } });
  if (!res.ok) return { failure: reportFail(res.status, saved.display, formFields(res.error.fields), res.error.code) };
  return { submitted: res.data };
}
