import { TABLE_SCHEMA } from '@trellis/shared/data/table-schema';
import { STREAM_CONSUMERS, type StreamConsumer } from '@trellis/shared/http/stream-consumers';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { bindSms, bindTable } from './bind';
import { acknowledge, wildcards } from './nag';
import { nodeFunction, type NodeFunction } from './node-function';
import { functionEntry } from './paths';
import { DEFAULT_SMS_LIMITS, type SmsLimits } from './sms';

export interface NotifyProps {
  /** The table whose stream carries the items the consumers react to. */
  readonly table: ITable;
  readonly stage: string;
  /** Defaults to STREAM_CONSUMERS in shared/ (what the local stream poller feeds); tests may pass others. */
  readonly consumers?: readonly StreamConsumer[];
  /** Upper bound on concurrent SMS senders: SMS throughput and spend are per account. */
  readonly maxConcurrency?: number;
  /**
   * Pace and per-org daily budget of the SMS senders (already validated, see sms.ts).
   * The rate is per worker instance: the account-wide ceiling is rate x concurrent workers,
   * and a stream mapping runs at most one batch per shard (`maxConcurrency` caps it too).
   */
  readonly sms?: SmsLimits;
}

/** Records per stream batch, and how long a worker may take for one. */
const BATCH_SIZE = 10;
const WORKER_TIMEOUT = Duration.seconds(30);

/** What a consumer needs beyond the common stream wiring, keyed by its STREAM_CONSUMERS id. */
interface ConsumerOptions {
  readonly description: string;
  /** Sends SMS through SNS (`SMS_MODE=sns`, sns:Publish) with bounded concurrency. */
  readonly sendsSms?: boolean;
}

const CONSUMER_OPTIONS: Readonly<Record<string, ConsumerOptions>> = {
  outbox: { description: 'Trellis SMS outbox worker (DynamoDB stream -> SNS)', sendsSms: true },
};

/** `outbox` -> `Outbox`: a stable construct id per consumer (`OutboxWorker`, `OutboxDlq`). */
export const consumerConstructId = (consumerId: string): string =>
  consumerId.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

/**
 * The table's stream consumers, one worker per STREAM_CONSUMERS entry, each receiving only
 * INSERTs whose partition key starts with its `pkPrefix` (the filter the local poller
 * applies too). Failed records are retried, split to isolate the bad one, and finally parked
 * in the consumer's dead-letter queue.
 *
 * Today the one consumer is the SMS outbox worker (hence the name; the construct id stays
 * `Notify` so deployed logical ids do not change): a request writes a notice and its outbox
 * items in one transaction, and the worker sends each through SNS and records delivery.
 */
export class Notify extends Construct {
  /** Consumer id -> its worker. */
  readonly workers = new Map<string, NodeFunction>();
  /** Consumer id -> the queue its records land in after the last retry. */
  readonly deadLetters = new Map<string, Queue>();

  constructor(scope: Construct, id: string, props: NotifyProps) {
    super(scope, id);
    for (const consumer of props.consumers ?? STREAM_CONSUMERS) {
      this.addConsumer(consumer, props);
    }
  }

  private addConsumer(consumer: StreamConsumer, props: NotifyProps): void {
    const name = consumerConstructId(consumer.id);
    const options = CONSUMER_OPTIONS[consumer.id] ?? { description: `Trellis stream consumer ${consumer.id}` };

    const deadLetters = new Queue(this, `${name}Dlq`, {
      enforceSSL: true,
      encryption: QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      deadLetters,
      `This queue is the on-failure destination of the ${consumer.id} stream mapping: it is the dead-letter queue.`,
      'AwsSolutions-SQS3',
    );

    const worker = nodeFunction(this, `${name}Worker`, {
      entry: functionEntry(consumer.entry),
      description: options.description,
      timeout: WORKER_TIMEOUT,
      reservedConcurrentExecutions: options.sendsSms ? (props.maxConcurrency ?? 2) : undefined,
      environment: { STAGE: props.stage, ...(options.sendsSms ? smsEnvironment(props.sms) : {}) },
    });
    bindTable(worker, props.table, 'readWrite');
    if (options.sendsSms) bindSms(worker);
    acknowledge(
      worker,
      options.sendsSms
        ? 'sns:Publish to phone numbers (SMS) has no resource ARN to scope to; dynamodb:ListStreams, added by the stream event source, is an account-level action.'
        : 'dynamodb:ListStreams, added by the stream event source, is an account-level action.',
      ...wildcards('Resource::*'),
    );

    worker.addEventSource(
      new DynamoEventSource(props.table, {
        // TRIM_HORIZON: items written before the mapping exists are still delivered.
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: BATCH_SIZE,
        bisectBatchOnError: true,
        retryAttempts: 3,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(deadLetters),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { Keys: { [TABLE_SCHEMA.partitionKey]: { S: FilterRule.beginsWith(consumer.pkPrefix) } } },
          }),
        ],
      }),
    );
    this.workers.set(consumer.id, worker);
    this.deadLetters.set(consumer.id, deadLetters);
  }
}

/**
 * `SMS_RATE_PER_SECOND` and `SMS_DAILY_BUDGET` for a sender. The worker paces a whole batch
 * at that rate, so with a rate too slow to send one batch within the timeout every batch
 * would time out, be retried (risking repeat sends) and end in the dead-letter queue:
 * such a rate is refused at synth time.
 */
function smsEnvironment(sms: SmsLimits = DEFAULT_SMS_LIMITS): Record<string, string> {
  const batchSeconds = BATCH_SIZE / sms.ratePerSecond;
  if (batchSeconds >= WORKER_TIMEOUT.toSeconds()) {
    throw new Error(
      `SMS rate ${sms.ratePerSecond}/s needs ${batchSeconds} s for a batch of ${BATCH_SIZE}, ` +
        `beyond the outbox worker's ${WORKER_TIMEOUT.toSeconds()} s timeout`,
    );
  }
  return { SMS_RATE_PER_SECOND: String(sms.ratePerSecond), SMS_DAILY_BUDGET: String(sms.dailyBudget) };
}
