import type { Role } from '@trellis/shared/access/roles';
import type { Org } from '@trellis/shared/orgs/org';
import type { OrgType } from '@trellis/shared/orgs/org-types';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { putAll } from '../../functions/src/adapters/dynamodb/table/batch-write';
import { membershipItem } from '../../functions/src/adapters/dynamodb/account/account-store';
import { keys } from '@trellis/shared/data/keys';
import { newAccount } from '../../functions/src/accounts/create-account';
import { createChildOrg } from '../../functions/src/orgs/create-child';
import { uniqueSuffix } from './api-client';

export interface FixturePerson {
  id: string;
  username: string;
  org: Org;
  roles: Role[];
  phone: string | null;
}

/**
 * A private subtree for notice tests (a city with schools under 山东) so counts are not
 * disturbed by other tests: orgs through the service, people written directly in batches.
 */
export async function noticeTree(people: { school: number; roles: Role[]; phone?: boolean }[], schools = 3) {
  const sd = await getOrg('sd');
  if (!sd) throw new Error('demo tree missing');
  const suffix = uniqueSuffix();
  const city = await createChildOrg(sd, { orgId: 'sd', name: `通知测试市${suffix}`, type: 'association', region: '山东省' });
  const types: OrgType[] = ['school', 'technician_college', 'group'];
  const schoolOrgs: Org[] = [];
  for (let i = 0; i < schools; i++) {
    schoolOrgs.push(await createChildOrg(city, { orgId: city.id, name: `通知测试学校${i}`, type: types[i % types.length] ?? 'school', region: '山东省' }));
  }
  const items: Record<string, unknown>[] = [];
  const created: FixturePerson[] = [];
  people.forEach((p, i) => {
    const org = p.school < 0 ? city : (schoolOrgs[p.school] ?? city);
    const phone = p.phone ? `+86137${String(Date.now() % 1e4).padStart(4, '0')}${String(i).padStart(4, '0')}` : null;
    const account = newAccount(
      org,
      { username: `n${suffix}${i}`.slice(0, 30), displayName: `测试${i}`, phone, passwordHash: 'scrypt$10$8$1$x$y' },
      { mustChangePassword: false, phoneVerified: Boolean(phone) },
    );
    items.push({ ...keys.account(account.id), entity: 'account', ...account });
    items.push(membershipItem({ accountId: account.id, orgId: org.id, orgPath: org.path, roles: p.roles }));
    created.push({ id: account.id, username: account.username, org, roles: p.roles, phone });
  });
  await putAll(items);
  return { city, schools: schoolOrgs, people: created };
}
