import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD } from './demo-data';
import { ensureJava } from './prerequisites';
import { startStack } from './stack';

/**
 * `npm start`: the whole product locally, data kept in .data/ across restarts, with the production
 * web build (rebuilt when the web's sources changed). `npm run dev` (`--dev`): the same with the
 * vite dev server (hot reload) instead.
 */
async function main(): Promise<void> {
  ensureJava();
  const webMode = process.argv.includes('--dev') ? 'dev' : 'build';
  const dataDir = resolve(import.meta.dirname, '..', '.data');
  const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const stack = await startStack({
    dataDir,
    persistent: true,
    webMode,
    ports: { dynamo: env('DYNAMO_PORT', 8000), s3: env('S3_PORT', 4569), api: env('API_PORT', 4010), web: env('PORT', 5173) },
  });
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length)) + 2;
  const orgName = (id: string) => DEMO_ORGS.find((o) => o.id === id)?.name ?? id;
  console.log(`
Trellis is running.

  Web:            ${stack.webUrl}   (${webMode === 'dev' ? 'vite dev server, hot reload' : 'production build, web/build-local/'})
  API (gateway):  ${stack.apiUrl}
  SMS inbox:      ${stack.webUrl}/dev/sms
  DynamoDB Local: ${stack.dynamoEndpoint}   s3rver: ${stack.s3Endpoint}
  Data:           ${dataDir}

Demo logins (password for all: ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(width)}${a.displayName}  ${a.roles.join(',')} @ ${orgName(a.org)}`).join('\n')}

Press Ctrl-C to stop.`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Trellis ...');
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
