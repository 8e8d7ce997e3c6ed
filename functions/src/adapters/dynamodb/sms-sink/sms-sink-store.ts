import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { SinkMessage } from '@trellis/shared/dev/sink-message';
import { ddb, tableName } from '../table/client';

export async function putSinkMessage(msg: SinkMessage): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...keys.smsSink(msg.createdAt, msg.id), ...msg } }));
}

export async function listSinkMessages(limit = 100): Promise<SinkMessage[]> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.smsSinkPartition },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (res.Items ?? []).map((i) => ({
    id: String(i.id), to: String(i.to), text: String(i.text), status: String(i.status), createdAt: String(i.createdAt),
  }));
}
