import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BIND_HOST, CONNECT_HOST } from './bind-host';
import { waitForPort } from './ports';

/**
 * DynamoDB Local (AWS's own engine): the jar shipped inside the npm package
 * amplify-dynamodb-simulator, started directly with `java -jar`.
 */
export function dynamoJarDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

export interface LocalService {
  endpoint: string;
  stop(): Promise<void>;
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** The source-file launcher that binds DynamoDB Local to one address (it has no host option of its own). */
const LAUNCHER = join(import.meta.dirname, 'java', 'LoopbackDynamoDB.java');

/**
 * `dbPath` persists data there (-sharedDb: independent of credentials and region); omit for
 * in-memory. Listens on `BIND_HOST` only (127.0.0.1 unless TRELLIS_HOST says otherwise).
 */
export async function startDynamoLocal(port: number, dbPath?: string): Promise<LocalService> {
  const dir = dynamoJarDir();
  const storage = dbPath ? ['-dbPath', dbPath] : ['-inMemory'];
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  const classpath = [join(dir, 'DynamoDBLocal.jar'), join(dir, 'DynamoDBLocal_lib', '*')].join(':');
  const child = spawn(
    'java',
    ['-Xmx1g', `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`, `-Dtrellis.host=${BIND_HOST}`, '-cp', classpath, LAUNCHER,
      '-sharedDb', ...storage, '-disableTelemetry', '-port', String(port)],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitForPort(port, 30_000, () => child.exitCode !== null);
  } catch (error) {
    await stopChild(child);
    throw new Error(`DynamoDB Local did not start on port ${port}: ${String(error)}\n${stderr}`);
  }
  return { endpoint: `http://${CONNECT_HOST}:${port}`, stop: () => stopChild(child) };
}
