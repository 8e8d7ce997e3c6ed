import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { startDynamoLocal, stopChild, type LocalService } from './dynamodb-local';
import { startGateway } from './gateway';
import { freePort, waitForPort } from './ports';
import { startS3Local } from './s3-local';
import { seedDemo } from './seed';
import { startStreamPoller, type Poller } from './stream-poller';
import { ensureTable } from './table';
import { startJobRunner } from './job-runner';
import { BIND_HOST } from './bind-host';
import { ensureWebBuild, LOCAL_BUILD_DIR } from './web-build';

export interface StackOptions {
  /** Where DynamoDB Local and s3rver keep data; omit for in-memory / throwaway. */
  dataDir: string;
  persistent: boolean;
  ports?: Partial<Record<'dynamo' | 's3' | 'api' | 'web', number>>;
  web?: boolean;
  /**
   * `build` (default): the production web build (adapter-node output, rebuilt only when the web's
   * sources changed; dev/web-build.ts). `dev`: the vite dev server with hot reload (`npm run dev`).
   */
  webMode?: 'build' | 'dev';
  seed?: boolean;
  quiet?: boolean;
}

export interface Stack {
  apiUrl: string;
  webUrl: string | null;
  dynamoEndpoint: string;
  s3Endpoint: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..');
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Sets the same environment the CDK gives the Lambdas, pointed at the local services. */
function configureEnv(dynamo: string, s3: string): void {
  Object.assign(process.env, {
    PROXY_SECRET: process.env.PROXY_SECRET ?? randomBytes(24).toString('base64url'),
    CURSOR_SECRET: process.env.CURSOR_SECRET ?? randomBytes(32).toString('base64url'),
    ASSERTION_SECRET: process.env.ASSERTION_SECRET ?? randomBytes(32).toString('base64url'),
    TABLE_NAME: 'trellis', BUCKET_NAME: 'trellis-media', SMS_MODE: 'sink', DDB_ENDPOINT: dynamo, S3_ENDPOINT: s3,
    AWS_REGION: 'cn-north-1', STAGE: 'local', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local',
  });
}

function startWeb(port: number, apiUrl: string, quiet: boolean, mode: 'build' | 'dev'): ChildProcess {
  if (mode === 'build') {
    return spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'dev', 'web-serve.ts'), LOCAL_BUILD_DIR], {
      cwd: ROOT,
      env: { ...process.env, API_URL: apiUrl, PORT: String(port), HOST: BIND_HOST },
      stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
    });
  }
  return spawn(join(ROOT, 'node_modules', '.bin', 'vite'), ['dev', '--port', String(port), '--strictPort', '--host', BIND_HOST, '--bypass-lock'], {
    cwd: join(ROOT, 'web'),
    env: { ...process.env, API_URL: apiUrl, ORIGIN: `http://127.0.0.1:${port}` },
    stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
  });
}

/** The whole product on one machine: DynamoDB Local, s3rver, gateway, stream poller, web (the production build unless `webMode: 'dev'`). */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const port = async (name: 'dynamo' | 's3' | 'api' | 'web') => opts.ports?.[name] ?? (await freePort());
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((e: unknown) => console.error('[stack] stop failed', e));
  };
  try {
    const dynamo: LocalService = await startDynamoLocal(await port('dynamo'), opts.persistent ? join(opts.dataDir, 'dynamodb') : undefined);
    stops.push(dynamo.stop);
    const s3 = await startS3Local(await port('s3'), join(opts.dataDir, 's3'), 'trellis-media');
    stops.push(s3.stop);
    configureEnv(dynamo.endpoint, s3.endpoint);
    const ddb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials });
    await ensureTable(ddb, 'trellis');
    if (opts.seed !== false) await seedDemo();
    const apiPort = await port('api');
    const gateway: Server = await startGateway(apiPort);
    stops.push(() => new Promise<void>((r) => gateway.close(() => r())));
    const streams = new DynamoDBStreamsClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials });
    const poller: Poller = await startStreamPoller(ddb, streams, 'trellis');
    stops.push(poller.stop);
    const jobs = startJobRunner();
    stops.push(jobs.stop);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    let webUrl: string | null = null;
    if (opts.web !== false) {
      const webPort = await port('web');
      const mode = opts.webMode ?? 'build';
      if (mode === 'build') await ensureWebBuild();
      const web = startWeb(webPort, apiUrl, opts.quiet ?? false, mode);
      stops.push(() => stopChild(web));
      await waitForPort(webPort, 60_000, () => web.exitCode !== null);
      webUrl = `http://127.0.0.1:${webPort}`;
    }
    return { apiUrl, webUrl, dynamoEndpoint: dynamo.endpoint, s3Endpoint: s3.endpoint, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
