import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoLocal } from '../../dev/dynamodb-local';
import { startGateway } from '../../dev/gateway';
import { freePort } from '../../dev/ports';
import { startS3Local } from '../../dev/s3-local';

/** The local addresses listening on `port`, from the kernel's socket tables (Linux). */
function listeners(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hex}`)) continue;
      found.push(local.slice(0, local.indexOf(':')));
    }
  }
  return found;
}

/** 127.0.0.1 as /proc/net/tcp writes it, and as an IPv4-mapped IPv6 address in /proc/net/tcp6. */
const LOOPBACK = new Set(['0100007F', '0000000000000000FFFF00000100007F']);

describe('the local stack listens on loopback only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-binding-'));
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('DynamoDB Local, s3rver and the gateway are bound to 127.0.0.1', async () => {
    const [dynamoPort, s3Port, apiPort] = [await freePort(), await freePort(), await freePort()];
    const dynamo = await startDynamoLocal(dynamoPort);
    stops.push(dynamo.stop);
    const s3 = await startS3Local(s3Port, join(dir, 's3'), 'binding-test');
    stops.push(s3.stop);
    const gateway = await startGateway(apiPort);
    stops.push(() => new Promise<void>((resolve) => gateway.close(() => resolve())));
    for (const port of [dynamoPort, s3Port, apiPort]) {
      const addresses = listeners(port);
      expect(addresses.length, `port ${port}`).toBeGreaterThan(0);
      for (const address of addresses) expect(LOOPBACK.has(address), `port ${port} listens on ${address}`).toBe(true);
    }
  });
});
