import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import { parseReportWorkbook, type CellError } from './reporting-xlsx/parse';

export type { CellError };
export type WorkbookRead = { ok: true; data: ReportData } | { ok: false; error: string; cells: CellError[] };

/**
 * The web's entry to the reporting Excel codec for an import: the whole workbook is read and
 * validated against the form; any problem comes back per cell and nothing is to be saved.
 */
export async function readReportWorkbook(formId: string, bytes: ArrayBuffer): Promise<WorkbookRead> {
  const form = FORMS[formId] ?? FORMS['group-annual']!;
  const parsed = await parseReportWorkbook(form, bytes);
  if (parsed.ok) return { ok: true, data: parsed.data };
  const unreadable = parsed.errors.length === 1 && parsed.errors[0]?.code === 'xlsx.unreadable';
  return { ok: false, error: unreadable ? 'xlsx.unreadable' : 'import.invalid', cells: unreadable ? [] : parsed.errors };
}
