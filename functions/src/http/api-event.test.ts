import { afterEach, describe, expect, it } from 'vitest';
import { routeById } from '@trellis/shared/http/routes';
import { apiEvent } from '../../../dev/invoke';
import { clientIpOf } from './api-event';

const event = (headers: Record<string, string>) => apiEvent(routeById('auth.login'), { headers, sourceIp: '203.0.113.9' });

describe('client IP', () => {
  afterEach(() => {
    delete process.env.PROXY_SECRET;
  });

  it('trusts the forwarded IP only with the proxy secret', () => {
    process.env.PROXY_SECRET = 's3cret-value';
    expect(clientIpOf(event({ 'x-trellis-client-ip': '198.51.100.7', 'x-trellis-proxy-secret': 's3cret-value' }))).toBe('198.51.100.7');
    expect(clientIpOf(event({ 'x-trellis-client-ip': '198.51.100.7', 'x-trellis-proxy-secret': 'guess' }))).toBe('203.0.113.9');
    expect(clientIpOf(event({ 'x-trellis-client-ip': '198.51.100.7' }))).toBe('203.0.113.9');
  });

  it('ignores the header entirely when no secret is configured', () => {
    expect(clientIpOf(event({ 'x-trellis-client-ip': '198.51.100.7', 'x-trellis-proxy-secret': '' }))).toBe('203.0.113.9');
  });
});
