/**
 * Stream consumers of the table: the CDK wires each to an event source mapping with this
 * filter, and the local stream poller feeds it the same records.
 */
export interface StreamConsumer {
  id: string;
  /** Handler module under `functions/src/`, without extension; exports `handler`. */
  entry: string;
  /** Only INSERTs of items whose `pk` starts with this prefix are delivered. */
  pkPrefix: string;
}

export const STREAM_CONSUMERS: readonly StreamConsumer[] = [
  { id: 'outbox', entry: 'notify/outbox-worker', pkPrefix: 'OUTBOX#' },
];
