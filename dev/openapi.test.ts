import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@trellis/shared/http/routes';
import { startGateway } from './gateway';
import { openApiDocument } from './openapi-file';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const operationKeys = (doc: { paths: Record<string, object> }): string[] =>
  Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => METHODS.has(m)).map((m) => `${m.toUpperCase()} ${path}`));
const documented = ROUTES.filter((r) => !('localOnly' in r && r.localOnly)).map((r) => `${r.method} ${r.path}`);

describe('npm run openapi and the gateway\'s /openapi.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-openapi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes openapi.json with one operation per non-local route, versioned as package.json', () => {
    const file = join(dir, 'openapi.json');
    const root = resolve(import.meta.dirname, '..');
    const out = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'dev/openapi.ts'), file], { encoding: 'utf8' });
    expect(out).toContain(`${documented.length} operations`);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof openApiDocument>;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
    expect(operationKeys(doc).sort()).toEqual([...documented].sort());
  });

  it('is served by the local gateway at GET /openapi.json, and other paths still route', async () => {
    const server = await startGateway(0);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await fetch(`${base}/openapi.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toEqual(openApiDocument());
      expect((await fetch(`${base}/no/such/route`)).status).toBe(404);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
