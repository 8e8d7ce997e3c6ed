import { randomBytes } from 'node:crypto';
import type { Role } from '@trellis/shared/access/roles';
import { keys } from '@trellis/shared/data/keys';
import type { Org } from '@trellis/shared/orgs/org';
import type { OrgType } from '@trellis/shared/orgs/org-types';
import { newAccount } from '../functions/src/accounts/create-account';
import { membershipItem } from '../functions/src/adapters/dynamodb/account/account-store';
import { putAll } from '../functions/src/adapters/dynamodb/table/batch-write';
import { createChildOrg } from '../functions/src/orgs/create-child';
import { runBounded } from './bounded-pool';
import { chineseNumber } from './org-names';

/**
 * The notice benchmark's audience: a city association under the sender with its schools
 * (created through the service, one transaction each, as `orgs.create` does) and N people
 * with one membership each, written directly in BatchWriteItem requests of 25 (like
 * tests/int/notice-fixture.ts): creating 10,000 accounts through the API would scrypt-hash
 * 10,000 passwords and measure nothing about notices.
 */

export interface Recipient {
  id: string;
  org: Org;
  roles: Role[];
  /** Verified E.164 number, or null. */
  phone: string | null;
  /** Whether the benchmark marks this person's delivery read before the reminder. */
  reads: boolean;
}

export interface RecipientTree {
  city: Org;
  schools: Org[];
  people: Recipient[];
  /** BatchWriteItem requests the seeding made. */
  batchWrites: number;
}

const SCHOOL_TYPES: OrgType[] = ['school', 'school', 'school', 'technician_college', 'group'];

/** Mostly teachers, some members, a few leaders and admins (each school has its admins). */
function rolesOf(i: number): Role[] {
  const r = i % 20;
  if (r === 0) return ['admin', 'teacher'];
  if (r === 1) return ['leader'];
  if (r < 6) return ['member'];
  return ['teacher'];
}

/**
 * Person i has a verified phone when i is even and reads the notice when i % 4 < 2, so half
 * read it and half of the unread (a quarter of everyone) can be reminded by SMS.
 */
export const hasPhone = (i: number) => i % 2 === 0;
export const readsNotice = (i: number) => i % 4 < 2;

export async function seedRecipients(
  sender: Org,
  opts: { people: number; schools: number; concurrency: number; progress: (done: number, total: number) => void },
): Promise<RecipientTree> {
  const run = randomBytes(3).toString('hex');
  const city = await createChildOrg(sender, {
    orgId: sender.id, name: `通知基准测试市职业教育学会${run}`, type: 'association', region: '山东省',
  });
  const schools: Org[] = [];
  await runBounded(
    Array.from({ length: opts.schools }, (_, i) => i),
    8,
    async (i) => {
      schools[i] = await createChildOrg(city, {
        orgId: city.id, name: `通知基准测试第${chineseNumber(i + 1)}职业学校`, type: SCHOOL_TYPES[i % SCHOOL_TYPES.length] ?? 'school',
        region: '山东省',
      });
    },
  );

  const people: Recipient[] = [];
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < opts.people; i++) {
    const org = schools[i % schools.length] ?? city;
    const phone = hasPhone(i) ? `+86139${String(i).padStart(8, '0')}` : null;
    const account = newAccount(
      org,
      // A placeholder hash: nobody logs in as these people.
      { username: `nb${run}${i}`, displayName: `教师${chineseNumber((i % 999) + 1)}号${i}`, phone, passwordHash: 'scrypt$10$8$1$x$y' },
      { mustChangePassword: false, phoneVerified: phone !== null },
    );
    const roles = rolesOf(i);
    items.push({ ...keys.account(account.id), entity: 'account', ...account });
    items.push(membershipItem({ accountId: account.id, orgId: org.id, orgPath: org.path, roles }));
    people.push({ id: account.id, org, roles, phone, reads: readsNotice(i) });
  }

  // 20 batches (500 items) per chunk, several chunks in flight.
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 500) chunks.push(items.slice(i, i + 500));
  let batchWrites = 0;
  let written = 0;
  await runBounded(chunks, opts.concurrency, async (chunk) => {
    batchWrites += await putAll(chunk);
    written += chunk.length / 2;
    if (written % 2000 < 250 || written === opts.people) opts.progress(Math.min(written, opts.people), opts.people);
  });
  return { city, schools, people, batchWrites };
}
