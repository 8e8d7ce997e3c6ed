
import type { ReportRound } from '@trellis/shared/reporting/rounds';
import type { MaterialLink, ProgressView, RemindResult, ReportSummary, ReportView, YearComparison } from '@trellis/shared/reporting/schemas';
import type { RegionTotals } from '@trellis/shared/reporting/totals';

/** Responses and bodies of the reporting routes (merged into RouteResponses / RouteBodies in api-types.ts). */
export interface ReportingResponses {
  'reporting.openRound': ReportRound;
  'reporting.listRounds': { items: ReportRound[] };
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


