import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '@trellis/shared/access/roles';
import { keys } from '@trellis/shared/data/keys';
import { schoolYear } from '@trellis/shared/resources/quota';
import { putAccountItems } from '../../functions/src/adapters/dynamodb/account/account-store';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { transact } from '../../functions/src/adapters/dynamodb/table/transact';
import { newAccount } from '../../functions/src/accounts/create-account';
import { createChildOrg } from '../../functions/src/orgs/create-child';
import { hashPassword } from '../../functions/src/security/password-hash';
import { DEMO_PASSWORD } from '../../dev/demo-data';
import { call, loginAs, uniqueSuffix } from './api-client';
import { fileBytes, uploadFile } from './upload-flow';

/**
 * A private school under 济南 (so its quota is not moved by other test files) with a fresh
 * teacher (so the teacher's contribution counts are this test's alone) and a school admin.
 */
export async function privateSchool() {
  const jn = await getOrg('sd-jn');
  if (!jn) throw new Error('demo tree missing');
  const suffix = uniqueSuffix();
  const school = await createChildOrg(jn, { orgId: 'sd-jn', name: `资源测试学校${suffix}`, type: 'school', region: '山东省济南市' });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people: Record<'teacher' | 'admin', { id: string; username: string; token: string }> = {} as never;
  for (const [who, roles] of [['teacher', ['teacher']], ['admin', ['admin', 'leader']]] as [keyof typeof people, Role[]][]) {
    const account = newAccount(school, { username: `r${who[0]}${suffix}`.slice(0, 30), displayName: `测试${who}`, passwordHash }, { mustChangePassword: false });
    await transact(putAccountItems(account, { accountId: account.id, orgId: school.id, orgPath: school.path, roles }));
    people[who] = { id: account.id, username: account.username, token: '' };
  }
  for (const p of Object.values(people)) p.token = await loginAs(p.username);
  return { school, teacher: people.teacher, admin: people.admin };
}

export async function submitWork(token: string, orgId: string, extra: Record<string, unknown> = {}) {
  const uploadId = await uploadFile(token, orgId, '微课.mp4', 'video/mp4', 'video', fileBytes(4096));
  return call('resources.create', {
    params: { orgId }, token,
    body: { uploadId, title: '完整性测试微课', category: 'micro_course', subject: 'cnc', authors: ['测试'], ...extra },
  });
}

export async function getItem(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
  return (await ddb().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;
}

/** A school's published count in a year (0 when never counted). */
export async function quotaOf(schoolId: string, year = schoolYear(new Date())): Promise<number> {
  return Number((await getItem(keys.resourceQuota(schoolId, year)))?.published ?? 0);
}

/** A teacher's contribution in a scope: the count and whether its rank key says the same. */
export async function contributionOf(scopeId: string, accountId: string) {
  const item = await getItem(keys.contribution(scopeId, accountId));
  const published = Number(item?.published ?? 0);
  return { published, rankKey: item?.gsi1sk ?? null, rankExact: published === 0 ? item?.gsi1sk === undefined : item?.gsi1sk === keys.contributionRank(scopeId, published, accountId).gsi1sk };
}
