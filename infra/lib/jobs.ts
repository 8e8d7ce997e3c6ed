import { SCHEDULED_JOBS, type ScheduledJob } from '@trellis/shared/http/scheduled-jobs';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { bindTable } from './bind';
import { nodeFunction, type NodeFunction } from './node-function';
import { functionEntry } from './paths';

export interface JobsProps {
  readonly table: ITable;
  readonly stage: string;
  /** Defaults to SCHEDULED_JOBS in shared/ (what the local job runner runs); tests may pass others. */
  readonly jobs?: readonly ScheduledJob[];
}

/** `publish-due-notices` -> `PublishDueNotices`: a stable construct id per job. */
export const jobConstructId = (jobId: string): string =>
  jobId.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

/** EventBridge keeps an undelivered event for 60 s to 24 h. */
const MAX_EVENT_AGE_MINUTES = 24 * 60;

/**
 * Scheduled jobs, one function per SCHEDULED_JOBS entry, invoked every `everyMinutes` by an
 * EventBridge rule (the handler takes no event). A job is a sweep: each run picks up
 * whatever is due, so a delivery EventBridge cannot make before the next run is due is
 * dropped (`maxEventAge`) rather than queued behind it.
 *
 * Functions get the table read/write and `STAGE`, like the routes, but no media bucket
 * and no SMS: a job that sends SMS writes outbox items, which the outbox worker sends.
 * The timeout is generous because a run may publish a notice to a whole subtree; runs
 * may overlap, which the jobs tolerate by claiming their work with conditional writes.
 */
export class Jobs extends Construct {
  /** Job id -> its function. */
  readonly functions = new Map<string, NodeFunction>();
  /** Job id -> the rule that invokes it. */
  readonly rules = new Map<string, Rule>();

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    for (const job of props.jobs ?? SCHEDULED_JOBS) {
      this.addJob(job, props);
    }
  }

  private addJob(job: ScheduledJob, props: JobsProps): void {
    if (!Number.isInteger(job.everyMinutes) || job.everyMinutes < 1) {
      throw new Error(`Scheduled job ${job.id}: everyMinutes must be a whole number >= 1, got ${job.everyMinutes}`);
    }
    const name = jobConstructId(job.id);
    const fn = nodeFunction(this, name, {
      entry: functionEntry(job.entry),
      description: `Trellis scheduled job ${job.id}: every ${job.everyMinutes} min`,
      memorySize: 1024,
      timeout: Duration.minutes(5),
      environment: { STAGE: props.stage },
    });
    bindTable(fn, props.table, 'readWrite');

    const rule = new Rule(this, `${name}Schedule`, {
      description: `Runs the Trellis scheduled job ${job.id}`,
      schedule: Schedule.rate(Duration.minutes(job.everyMinutes)),
      targets: [
        new LambdaFunction(fn, {
          retryAttempts: 2,
          maxEventAge: Duration.minutes(Math.min(job.everyMinutes, MAX_EVENT_AGE_MINUTES)),
        }),
      ],
    });
    this.functions.set(job.id, fn);
    this.rules.set(job.id, rule);
  }
}
