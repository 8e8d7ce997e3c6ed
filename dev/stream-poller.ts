import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { STREAM_CONSUMERS } from '@trellis/shared/http/stream-consumers';
import { loadHandler } from './invoke';

/**
 * Feeds DynamoDB Local's stream to the same stream handlers the CDK wires to event source
 * mappings, with the same filter (INSERT, pk prefix).
 */
export interface Poller {
  stop(): Promise<void>;
}

export async function startStreamPoller(ddb: DynamoDBClient, streams: DynamoDBStreamsClient, table: string, intervalMs = 300): Promise<Poller> {
  const described = await ddb.send(new DescribeTableCommand({ TableName: table }));
  const streamArn = described.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${table} has no stream`);
  const iterators = new Map<string, string | undefined>();
  const known = new Set<string>();
  let first = true;
  let stopped = false;

  async function discover() {
    const stream = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of stream.StreamDescription?.Shards ?? []) {
      const id = shard.ShardId;
      if (!id || known.has(id)) continue;
      known.add(id);
      const type = first ? 'LATEST' : 'TRIM_HORIZON';
      const it = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: id, ShardIteratorType: type }));
      iterators.set(id, it.ShardIterator);
    }
    first = false;
  }

  async function deliver(records: DynamoDBStreamEvent['Records']) {
    for (const consumer of STREAM_CONSUMERS) {
      const matching = records.filter(
        (r) => r.eventName === 'INSERT' && String(r.dynamodb?.Keys?.pk?.S ?? '').startsWith(consumer.pkPrefix),
      );
      if (matching.length === 0) continue;
      const mod = (await loadHandler(consumer.entry)) as unknown as { handler: (e: DynamoDBStreamEvent) => Promise<unknown> };
      await mod.handler({ Records: matching });
    }
  }

  async function pollOnce() {
    await discover();
    for (const [shardId, iterator] of iterators) {
      if (!iterator) {
        iterators.delete(shardId);
        continue;
      }
      const res = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      iterators.set(shardId, res.NextShardIterator);
      const records = (res.Records ?? []) as unknown as DynamoDBStreamEvent['Records'];
      if (records.length) await deliver(records);
    }
  }

  await discover();
  const loop = (async () => {
    while (!stopped) {
      try {
        await pollOnce();
      } catch (error) {
        if (!stopped) console.error('[stream-poller]', String(error));
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
