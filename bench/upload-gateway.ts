/**
 * The upload benchmark's gateway: the local HTTP gateway (dev/gateway.ts) running the Lambda
 * handlers, alone in its own Node process so that its memory can be measured. Its DynamoDB
 * Local is a Java child (not counted); s3rver runs in another process (bench/upload-s3.ts).
 * No stream poller, no job runner, no web: nothing in this process but the gateway and the
 * handlers it invokes. Started by bench/upload.bench.ts; prints one JSON line
 * `{"ready": true, "pid", "apiUrl", "dynamoEndpoint"}` and runs until its stdin closes or it
 * gets SIGTERM.
 *
 * Env: S3_ENDPOINT (required: the s3rver process), BENCH_API_PORT (optional).
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoLocal } from '../dev/dynamodb-local';
import { startGateway } from '../dev/gateway';
import { freePort } from '../dev/ports';
import { seedDemo } from '../dev/seed';
import { ensureTable } from '../dev/table';
import { onShutdown, requiredEnv } from './upload-service';

const s3Endpoint = requiredEnv('S3_ENDPOINT');
const stops: (() => Promise<void>)[] = [];
onShutdown(async () => {
  for (const stop of stops.reverse()) await stop().catch((e: unknown) => console.error('[upload-gateway] stop failed', e));
});

const dynamo = await startDynamoLocal(await freePort());
stops.push(dynamo.stop);
// The same environment dev/stack.ts (configureEnv) gives the handlers.
Object.assign(process.env, {
  PROXY_SECRET: process.env.PROXY_SECRET ?? randomBytes(24).toString('base64url'),
  CURSOR_SECRET: process.env.CURSOR_SECRET ?? randomBytes(32).toString('base64url'),
  ASSERTION_SECRET: process.env.ASSERTION_SECRET ?? randomBytes(32).toString('base64url'),
  TABLE_NAME: 'trellis', BUCKET_NAME: 'trellis-media', SMS_MODE: 'sink', DDB_ENDPOINT: dynamo.endpoint, S3_ENDPOINT: s3Endpoint,
  AWS_REGION: 'cn-north-1', STAGE: 'local', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local',
});
const ddb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
await ensureTable(ddb, 'trellis');
await seedDemo();
const apiPort = process.env.BENCH_API_PORT ? Number(process.env.BENCH_API_PORT) : await freePort();
const gateway = await startGateway(apiPort);
stops.push(() => new Promise<void>((r) => gateway.close(() => r())));
console.log(JSON.stringify({ ready: true, pid: process.pid, apiUrl: `http://127.0.0.1:${apiPort}`, dynamoEndpoint: dynamo.endpoint }));
