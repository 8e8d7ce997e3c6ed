/**
 * Jobs that run on a schedule: the CDK wires each to an EventBridge rule, the local stack
 * runs each on an interval.
 */
export interface ScheduledJob {
  id: string;
  /** Handler module under `functions/src/`, without extension; exports `handler`. */
  entry: string;
  everyMinutes: number;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { id: 'publish-due-notices', entry: 'notices/handlers/publish-due', everyMinutes: 1 },
  { id: 'remind-reporting-due', entry: 'reporting/handlers/remind-due', everyMinutes: 60 },
  { id: 'resume-reporting-openings', entry: 'reporting/handlers/resume-openings', everyMinutes: 5 },
];
