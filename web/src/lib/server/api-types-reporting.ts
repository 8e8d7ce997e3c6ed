import type { z } from 'zod';
import type { openRoundInput, ReportRound } from '@trellis/shared/reporting/rounds';
import type {
  MaterialKind, ProgressView, RemindResult, ReportSummary, ReportView, YearComparison,
} from '@trellis/shared/reporting/schemas';
import type { RegionTotals } from '@trellis/shared/reporting/totals';

type Page<T> = { items: T[]; cursor: string | null };
type Review = { reason?: string; expectedVersion?: number };

/** The reporting routes' success bodies (merged into RouteResponses). */
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
  'reporting.list': Page<ReportSummary>;
  'reporting.pending': Page<ReportSummary>;
  'reporting.remind': RemindResult;
  'reporting.progress': ProgressView;
  'reporting.totals': { roundId: string; orgId: string; orgName: string; totals: RegionTotals };
}

/** The reporting routes' request bodies (merged into RouteBodies). */
export interface ReportingBodies {
  'reporting.rounds.open': Omit<z.input<typeof openRoundInput>, 'orgId'>;
  'reporting.rounds.list': undefined;
  'reporting.history': undefined;
  'reporting.compare': undefined;
  'reporting.get': undefined;
  'reporting.save': { expectedVersion: number; data: Record<string, unknown> };
  'reporting.submit': { expectedVersion?: number };
  'reporting.return': Review;
  'reporting.approve': Review;
  'reporting.unapprove': Review;
  'reporting.accept': Review;
  'reporting.reopen': Review;
  'reporting.attach': { uploadId: string; kind: MaterialKind };
  'reporting.list': undefined;
  'reporting.pending': undefined;
  'reporting.remind': { requestId: string };
  'reporting.progress': undefined;
  'reporting.totals': undefined;
}
