import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { MAX_BODY_BYTES } from '@trellis/shared/http/limits';
import { defineRoute } from '@trellis/shared/http/route-row';
import { routeById } from '@trellis/shared/http/routes';
import { apiEvent, lambdaContext } from '../../../dev/invoke';
import { route } from '../access/route';
import { Conflict } from '../errors';
import type { RouteContext } from './api-event';

/** The middleware stack on a public route, without any I/O. */
const lookup = defineRoute({ ...routeById('orgs.lookup'), input: z.object({ q: z.string().min(2, 'q.too_short') }) });
const open = defineRoute({ ...routeById('orgs.lookup'), input: z.object({}) });
const event = (body: unknown) => apiEvent(lookup, { query: body as Record<string, string> });
const ctx = () => lambdaContext('req-1', 'test') as RouteContext<never>;

describe('route middleware', () => {
  it('answers 400 with field errors before calling the service', async () => {
    const fn = vi.fn();
    const handler = route(lookup, fn);
    const res = await handler(event({ q: 'x' }), ctx());
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body ?? '')).toEqual({ error: { code: 'validation.failed', message: 'validation failed', fields: { q: ['q.too_short'] } } });
    expect(fn).not.toHaveBeenCalled();
  });

  it('maps domain errors to their status and hides unexpected errors behind a request id', async () => {
    const conflict = route(open, () => Promise.reject(new Conflict('conflict.version')));
    expect((await conflict(event({}), ctx())).statusCode).toBe(409);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const crash = route(open, () => Promise.reject(new Error('secret stack detail')));
    const res = await crash(event({}), ctx());
    spy.mockRestore();
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(JSON.parse(res.body ?? '').error).toMatchObject({ code: 'internal', requestId: expect.any(String) });
  });

  it('refuses a protected route without a session before parsing anything', async () => {
    const fn = vi.fn();
    const handler = route(defineRoute({ ...routeById('orgs.get'), input: z.object({}) }), fn);
    const res = await handler(apiEvent(routeById('orgs.get'), { params: { orgId: 'sd' } }), ctx());
    expect(res.statusCode).toBe(401);
    expect(fn).not.toHaveBeenCalled();
  });

  it('answers a body over the stated limit 413 before parsing it', async () => {
    const fn = vi.fn();
    const handler = route(open, fn);
    const res = await handler(apiEvent(open, { body: JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) }) }), ctx());
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body ?? '').error.code).toBe('body.too_large');
    expect(fn).not.toHaveBeenCalled();
  });
});
