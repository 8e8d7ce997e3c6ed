import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { membershipSchema, accountRecordSchema } from '@trellis/shared/accounts/account-record';
import { ASSERTION_TTL_MS } from '@trellis/shared/auth/assertion';
import { config } from '../config';
import { actorOf, type Authenticated } from '../auth/resolve-actor';

/**
 * The actor assertion: what one session read found (the account without its password hash, and
 * its memberships), signed with ASSERTION_SECRET and bound to the session token's hash, good for
 * ASSERTION_TTL_MS. The web server sends it with the other API calls of the same page view, which
 * then need no session read (0 DynamoDB requests to authenticate).
 */
const payloadSchema = z.object({
  exp: z.number(),
  account: accountRecordSchema.omit({ passwordHash: true }),
  memberships: z.array(membershipSchema),
});

function mac(tokenHash: string, body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(tokenHash).update('\n').update(body).digest();
}

export function signAssertion(tokenHash: string, auth: Authenticated, now = Date.now()): { value: string; expiresAt: string } | null {
  const secret = config().ASSERTION_SECRET;
  if (!secret) return null;
  const exp = now + ASSERTION_TTL_MS;
  const body = Buffer.from(JSON.stringify({ exp, account: auth.account, memberships: auth.memberships })).toString('base64url');
  return { value: `${body}.${mac(tokenHash, body, secret).toString('base64url')}`, expiresAt: new Date(exp).toISOString() };
}

/** The actor an assertion vouches for, if it was signed for this token and has not expired; otherwise null. */
export function verifyAssertion(tokenHash: string, value: string, now = Date.now()): Authenticated | null {
  const secret = config().ASSERTION_SECRET;
  const [body, signature, extra] = value.split('.');
  if (!secret || !body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(tokenHash, body, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const parsed = payloadSchema.safeParse(safeJson(Buffer.from(body, 'base64url').toString('utf8')));
  if (!parsed.success || now > parsed.data.exp) return null;
  const { account, memberships } = parsed.data;
  if (account.status !== 'active') return null;
  return { actor: actorOf(account, memberships), account, memberships };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
