import { randomInt } from 'node:crypto';
import type { MemberApplyInput } from '@trellis/shared/members/schemas';
import { countRecent, recordFailure, type ThrottleSubject } from '../adapters/dynamodb/throttle/throttle-store';
import type { MemberRecord } from '@trellis/shared/members/member-record';
import { claimCodeItem, putMemberItem } from '../adapters/dynamodb/member/member-store';
import { transact } from '../adapters/dynamodb/table/transact';
import { captchaSolved } from '../auth/login-throttle';
import { Conflict, ValidationError } from '../errors';
import { openSiteOrg } from './open-site';
import { todoDelta } from '../adapters/dynamodb/todo/todo-counter-store';

/** Applications from one IP without a captcha, per hour. */
export const FREE_APPLICATIONS = 3;
export const APPLY_WINDOW_MS = 60 * 60_000;
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Application number such as HY20261129-7KQ2MX: the date and six random characters. */
export function memberNumber(now: Date): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += ALPHABET.charAt(randomInt(ALPHABET.length));
  return `HY${now.toISOString().slice(0, 10).replaceAll('-', '')}-${suffix}`;
}

/** Past the free applications per hour, the form needs a solved image captcha. */
async function guardApply(subjects: ThrottleSubject[], input: MemberApplyInput, now: number): Promise<void> {
  const [count = 0] = await countRecent(subjects, APPLY_WINDOW_MS, now);
  if (count < FREE_APPLICATIONS) return;
  if (!input.captchaId || !input.captchaAnswer) throw new ValidationError({ captchaAnswer: ['captcha.required'] });
  if (!(await captchaSolved(input.captchaId, input.captchaAnswer, now))) throw new ValidationError({ captchaAnswer: ['captcha.invalid'] });
}

/** A unit applies to join the org whose site is `slug`; a code already applied or admitted there is refused. */
export async function applyForMembership(input: MemberApplyInput, clientIp: string, now = new Date()): Promise<{ number: string }> {
  const org = await openSiteOrg(input.slug);
  const subjects: ThrottleSubject[] = [{ kind: 'apply', value: clientIp }];
  await guardApply(subjects, input, now.getTime());
  const number = memberNumber(now);
  const { slug: _s, captchaId: _c, captchaAnswer: _a, ...fields } = input;
  const record: MemberRecord = {
    ...fields, id: number.toLowerCase(), number, orgId: org.id, orgName: org.name, orgPath: org.path, orgSlug: org.slug,
    status: 'pending', submittedAt: now.toISOString(), decidedAt: null, decidedBy: null, reason: null, joinedAt: null,
    endedAt: null, endedBy: null, endReason: null, version: 1,
  };
  await transact([putMemberItem(record, 'new', () => new Conflict('member.exists')), claimCodeItem(org.id, record.code, record.id), ...todoDelta([org.id], 'members', 1)]);
  await recordFailure(subjects, APPLY_WINDOW_MS, now.getTime());
  return { number };
}
