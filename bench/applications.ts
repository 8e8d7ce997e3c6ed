import type { Org } from '@trellis/shared/orgs/org';
import { runBounded } from './bounded-pool';
import { benchCode, chineseNumber, type County } from './org-names';
import { callRoute, expectStatus } from './route-call';

/** Application numbers are unique per run: names, codes, usernames and mobiles all derive from it. */
let serial = 0;

/** Codes far above the seeded orgs' running numbers. */
const CODE_BASE = 90_000_000;

export const APPLICANT_PASSWORD = 'Trellis-bench-2026';

/**
 * Submits `count` applications to join under `parent` through the public route (as an
 * applicant would: scrypt-hashes the admin password), 2 at a time. Returns their ids.
 */
export async function submitApplications(parent: Org, county: County, count: number): Promise<string[]> {
  const ids: string[] = new Array<string>(count);
  const batch = Array.from({ length: count }, () => ++serial);
  await runBounded(batch, 2, async (n, i) => {
    const res = await callRoute('applications.apply', {
      body: {
        name: `${county.city}${county.county}第${chineseNumber(n)}职业培训学校`,
        type: 'school',
        parentId: parent.id,
        region: parent.region,
        code: benchCode(CODE_BASE + n),
        contactName: '张老师',
        mobile: `139${String(n).padStart(8, '0')}`,
        email: `bench${n}@example.cn`,
        adminUsername: `bench.apply${n}`,
        adminPassword: APPLICANT_PASSWORD,
      },
    });
    ids[i] = expectStatus<{ number: string }>(res, 201, 'applications.apply').number.toLowerCase();
  });
  return ids;
}
