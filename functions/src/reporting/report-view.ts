import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import type { ReportSummary, ReportView } from '@trellis/shared/reporting/report-view';
import { isEditable } from '@trellis/shared/reporting/states';
import { validateReport } from '@trellis/shared/reporting/validate';

export function toReportSummary(r: ReportRecord): ReportSummary {
  return {
    roundId: r.roundId, formId: r.formId, year: r.year, orgId: r.orgId, orgName: r.orgName, orgPath: r.orgPath, orgType: r.orgType,
    state: r.state, version: r.version, editable: isEditable(r.state), lockException: r.lockException === true,
    approvedAtDepth: r.approvedAtDepth ?? null, updatedAt: r.updatedAt, submittedAt: r.submittedAt ?? null,
  };
}

/** The report with its data, trail, materials and the strict-validation issues of its data. */
export function toReportView(r: ReportRecord): ReportView {
  const form = FORMS[r.formId];
  const issues = form ? validateReport(form, r.data ?? {}).issues : [];
  return { ...toReportSummary(r), data: r.data ?? {}, issues, trail: r.trail ?? [], materials: r.materials ?? [] };
}
