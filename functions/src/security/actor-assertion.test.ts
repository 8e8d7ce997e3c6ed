import { describe, expect, it } from 'vitest';
import { ASSERTION_TTL_MS } from '@trellis/shared/auth/assertion';
import type { Authenticated } from '../auth/resolve-actor';
import { signAssertion, verifyAssertion } from './actor-assertion';

process.env.ASSERTION_SECRET ??= 'unit-tests-assertion-secret-0123456789abcdef';
process.env.TABLE_NAME ??= 'unit';

const account = {
  id: 'a-1', username: 'sd.admin', displayName: '山东管理员', phone: null, phoneVerified: false, smsOptOut: false,
  status: 'active' as const, homeOrgId: 'sd', mustChangePassword: false, createdAt: '2026-01-01T00:00:00.000Z', version: 3,
  homeOrgPath: '/cvea/sd/', sessionEpoch: 2, accessVersion: 1,
};
const auth: Authenticated = {
  account,
  memberships: [{ accountId: 'a-1', orgId: 'sd', orgPath: '/cvea/sd/', roles: ['admin'], version: 1 }],
  actor: { accountId: 'a-1', accountStatus: 'active', grants: [{ orgId: 'sd', orgPath: '/cvea/sd/', role: 'admin' }] },
};

describe('actor assertions', () => {
  const now = 1_800_000_000_000;
  const signed = signAssertion('hash-1', auth, now)?.value ?? '';

  it('vouch for the actor with the token they were signed for, for ASSERTION_TTL_MS (5 s) at most', () => {
    expect(ASSERTION_TTL_MS).toBeLessThanOrEqual(5_000);
    expect(verifyAssertion('hash-1', signed, now)?.actor).toEqual(auth.actor);
    expect(verifyAssertion('hash-1', signed, now + ASSERTION_TTL_MS)?.account.id).toBe('a-1');
    expect(verifyAssertion('hash-1', signed, now + ASSERTION_TTL_MS + 1)).toBeNull();
  });

  it('count for nothing with another token, edited, truncated or unsigned', () => {
    const [body = '', mac = ''] = signed.split('.');
    const edited = Buffer.from(Buffer.from(body, 'base64url').toString().replace('"admin"', '"leader"')).toString('base64url');
    expect(verifyAssertion('hash-2', signed, now)).toBeNull();
    expect(verifyAssertion('hash-1', `${edited}.${mac}`, now)).toBeNull();
    expect(verifyAssertion('hash-1', body, now)).toBeNull();
    expect(verifyAssertion('hash-1', `${signed}.x`, now)).toBeNull();
    expect(verifyAssertion('hash-1', '', now)).toBeNull();
  });

  it('are refused for a disabled account', () => {
    const disabled = signAssertion('hash-1', { ...auth, account: { ...account, status: 'disabled' } }, now)?.value ?? '';
    expect(verifyAssertion('hash-1', disabled, now)).toBeNull();
  });
});
