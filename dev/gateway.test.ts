import { describe, expect, it } from 'vitest';
import { ROUTES } from '@trellis/shared/http/routes';
import { matchRoute } from './gateway';

describe('local gateway routing', () => {
  it('matches every route of the table by method and path', () => {
    for (const route of ROUTES) {
      const path = route.path.replace(/\{(\w+)\}/g, 'x1');
      expect(matchRoute(route.method, path)?.route.id).toBe(route.id);
    }
  });

  it('extracts and decodes path parameters, and refuses unknown paths', () => {
    expect(matchRoute('GET', '/public/sites/shan%20dong')?.params).toEqual({ slug: 'shan dong' });
    expect(matchRoute('GET', '/orgs/sd/children')?.route.id).toBe('orgs.children');
    expect(matchRoute('POST', '/orgs/sd/children')?.route.id).toBe('orgs.create');
    expect(matchRoute('DELETE', '/orgs/sd')).toBeNull();
    expect(matchRoute('GET', '/orgs/sd/children/extra')).toBeNull();
  });
});

describe('local gateway survives any request', () => {
  it('answers a malformed percent-escape 400, an oversized body 413 and a broken HTTP request 400, and keeps serving', async () => {
    const { startGateway } = await import('./gateway');
    const { freePort } = await import('./ports');
    const { MAX_BODY_BYTES } = await import('@trellis/shared/http/limits');
    const { connect } = await import('node:net');
    const port = await freePort();
    const server = await startGateway(port);
    try {
      const base = `http://127.0.0.1:${port}`;
      for (const path of ['/orgs/%E0%A4%A', '/public/sites/%', '/orgs/%ZZ/children']) {
        const res = await fetch(`${base}${path}`);
        expect(res.status, path).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('path.malformed');
      }
      const big = await fetch(`${base}/auth/login`, { method: 'POST', body: 'x'.repeat(MAX_BODY_BYTES + 1), headers: { 'content-type': 'application/json' } });
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: { code: string } }).error.code).toBe('body.too_large');
      const raw = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.write('NOT-HTTP garbage\r\n\r\n'));
        let text = '';
        socket.on('data', (d) => (text += d.toString()));
        socket.on('close', () => resolve(text));
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400/);
      const openapi = await fetch(`${base}/openapi.json`);
      expect(openapi.status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
