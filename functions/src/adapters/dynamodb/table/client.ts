import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../../../config';
import { recordRequest, wantsCapacity } from './request-meter';

/** One client per container, created on first use (cold start), never per request. */
let doc: DynamoDBDocumentClient | undefined;

export function ddb(): DynamoDBDocumentClient {
  if (doc) return doc;
  const cfg = config();
  const base = new DynamoDBClient({
    region: cfg.AWS_REGION,
    ...(cfg.DDB_ENDPOINT
      ? { endpoint: cfg.DDB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  base.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      if (wantsCapacity()) input.ReturnConsumedCapacity = 'TOTAL';
      try {
        const result = await next(args);
        recordRequest(String(context.commandName), (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity);
        return result;
      } catch (error) {
        recordRequest(String(context.commandName), undefined);
        throw error;
      }
    },
    { step: 'initialize', name: 'trellisRequestMeter' },
  );
  doc = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  return doc;
}

export function tableName(): string {
  return config().TABLE_NAME;
}
