import { keys } from '@trellis/shared/data/keys';
import type { Org } from '@trellis/shared/orgs/org';
import { childPath } from '@trellis/shared/orgs/path';
import { newAccount } from '../functions/src/accounts/create-account';
import { membershipItem } from '../functions/src/adapters/dynamodb/account/account-store';
import { putAll } from '../functions/src/adapters/dynamodb/table/batch-write';
import { orgItem } from '../functions/src/adapters/dynamodb/org/org-store';
import { newSessionToken, sha256 } from '../functions/src/security/tokens';

/**
 * The reporting benchmark's population, written directly in BatchWriteItem requests (creating
 * 2,000 orgs and accounts through the API would measure org creation and password hashing,
 * not reporting): a province-level association under the national root, `cities` cities,
 * `groups` vocational-education groups spread over them, one admin per group and one for
 * the province, each with a ready session token.
 */
export interface BenchPopulation {
  province: Org;
  provinceToken: string;
  groups: { org: Org; token: string }[];
  batchWrites: number;
}

const org = (id: string, parent: Org, name: string, type: Org['type']): Org => ({
  id, name, type, parentId: parent.id, path: childPath(parent.path, id), slug: id, status: 'active', region: '基准测试省',
  code: null, intro: '', contact: { person: '', phone: '', email: '', address: '' }, createdAt: new Date().toISOString(), version: 1,
});

function adminWithSession(at: Org, username: string, now: number): { items: Record<string, unknown>[]; token: string } {
  const account = newAccount(at, { username, displayName: `${at.name}管理员`, passwordHash: 'bench-no-login' }, { mustChangePassword: false });
  const token = newSessionToken();
  const session = { tokenHash: sha256(token), accountId: account.id, createdAt: now, lastSeenAt: now, absoluteExpiresAt: now + 12 * 3600_000 };
  return {
    token,
    items: [
      { ...keys.account(account.id), entity: 'account', ...account },
      { ...keys.username(username), accountId: account.id },
      membershipItem({ accountId: account.id, orgId: at.id, orgPath: at.path, roles: ['admin'] }),
      { ...keys.session(session.tokenHash), entity: 'session', ...session, ttl: Math.ceil(session.absoluteExpiresAt / 1000) },
    ],
  };
}

export async function seedReportingPopulation(root: Org, opts: { groups: number; cities: number; tag: string }): Promise<BenchPopulation> {
  const now = Date.now();
  const province = org(`bp-${opts.tag}`, root, `基准测试省${opts.tag}`, 'society');
  const cities = Array.from({ length: opts.cities }, (_, i) => org(`bc-${opts.tag}-${i}`, province, `基准测试市${i}`, 'association'));
  const items: Record<string, unknown>[] = [orgItem(province), ...cities.map(orgItem)];
  const provinceAdmin = adminWithSession(province, `bench.${opts.tag}.province`, now);
  items.push(...provinceAdmin.items);
  const groups: { org: Org; token: string }[] = [];
  for (let i = 0; i < opts.groups; i++) {
    const g = org(`bg-${opts.tag}-${i}`, cities[i % cities.length]!, `基准测试职业教育集团${i}`, 'group');
    const admin = adminWithSession(g, `bench.${opts.tag}.g${i}`, now);
    items.push(orgItem(g), ...admin.items);
    groups.push({ org: g, token: admin.token });
  }
  const batchWrites = await putAll(items);
  return { province, provinceToken: provinceAdmin.token, groups, batchWrites };
}
