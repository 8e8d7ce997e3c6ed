import type { ReportData } from '@trellis/shared/reporting/form-schema';

/** One problem in an imported workbook: where (sheet, cell), which field, the message code. */
export interface CellError {
  sheet: string;
  cell: string;
  field: string;
  code: string;
}

export type WorkbookRead = { ok: true; data: ReportData } | { ok: false; error: string; cells: CellError[] };

/**
 * The web's one entry to the reporting Excel codec (`reporting-xlsx/`, built with the API).
 * Until it is merged the import answers that Excel is not available.
 */
export async function readReportWorkbook(_formId: string, _bytes: ArrayBuffer): Promise<WorkbookRead> {
  return { ok: false, error: 'rep.excel.unavailable', cells: [] };
}
