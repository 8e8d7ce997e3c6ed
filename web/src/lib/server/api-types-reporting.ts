import type { ReportData } from '@trellis/shared/reporting/form-schema';
import type { ReportRound } from '@trellis/shared/reporting/rounds';
import type { MaterialKind, MaterialLink, ProgressView, RemindResult, ReportSummary, ReportView, YearComparison } from '@trellis/shared/reporting/schemas';
import type { RegionTotals } from '@trellis/shared/reporting/totals';

/** Responses and bodies of the reporting routes (merged into RouteResponses / RouteBodies in api-types.ts). */
export interface ReportingResponses {
  'reporting.rounds.open': ReportRound;
  'reporting.rounds.list': { items: ReportRound[] };
  'reporting.history': { items: ReportSummary[] };
  'reporting.compare': YearComparison;
  'reporting.get': ReportView;
  'reporting.save': ReportView;
  'reporting.submit': ReportView;
  'reporting.return': ReportView;
  'reporting.approve': ReportView;
  'reporting.unapprove': ReportView;
  'reporting.accept': ReportView;
  'reporting.reopen': ReportView;
  'reporting.attach': ReportView;
  'reporting.material': MaterialLink;
  'reporting.list': { items: ReportSummary[]; cursor: string | null };
  'reporting.pending': { items: ReportSummary[]; cursor: string | null };
  'reporting.remind': RemindResult;
  'reporting.progress': ProgressView;
  'reporting.totals': { roundId: string; orgId: string; orgName: string; totals: RegionTotals };
}

type Reason = { reason: string; expectedVersion?: number };

export interface ReportingBodies {
  'reporting.rounds.open': { formId: 'group-annual'; year: number; opensOn: string; closesOn: string; remindDaysBeforeClose?: number[]; orgTypes?: string[] };
  'reporting.rounds.list': undefined;
  'reporting.history': undefined;
  'reporting.compare': undefined;
  'reporting.get': undefined;
  'reporting.save': { expectedVersion: number; data: ReportData };
  'reporting.submit': { expectedVersion?: number };
  'reporting.return': Reason;
  'reporting.approve': Reason;
  'reporting.unapprove': Reason;
  'reporting.accept': Reason;
  'reporting.reopen': Reason;
  'reporting.attach': { uploadId: string; kind: MaterialKind };
  'reporting.material': undefined;
  'reporting.list': undefined;
  'reporting.pending': undefined;
  'reporting.remind': { requestId: string };
  'reporting.progress': undefined;
  'reporting.totals': undefined;
}
