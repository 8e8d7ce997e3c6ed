import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Org } from '@trellis/shared/orgs/org';
import { childPath } from '@trellis/shared/orgs/path';
import { putAccountItems } from '../functions/src/adapters/dynamodb/account/account-store';
import { ddb, tableName } from '../functions/src/adapters/dynamodb/table/client';
import { putOrgItems } from '../functions/src/adapters/dynamodb/org/org-store';
import { transact } from '../functions/src/adapters/dynamodb/table/transact';
import { newAccount } from '../functions/src/accounts/create-account';
import { Conflict } from '../functions/src/errors';
import { hashPassword } from '../functions/src/security/password-hash';
import { seedSiteItems } from './seed-site-items';
import { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD, demoCode } from './demo-data';
import { seedReportingDemo } from './seed-reporting';
import { seedDemoMembers } from './seed-members';

const MARKER = { pk: 'SEED#demo#', sk: 'SEED' };

async function ignoreExisting(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}

/** Seeds the demo hierarchy and accounts once; later starts find the marker and skip. */
export async function seedDemo(): Promise<boolean> {
  const done = await ddb().send(new GetCommand({ TableName: tableName(), Key: MARKER }));
  if (done.Item) return false;
  const orgs = new Map<string, Org>();
  for (const [i, d] of DEMO_ORGS.entries()) {
    const parent = d.parent ? orgs.get(d.parent) : undefined;
    const org: Org = {
      id: d.id, name: d.name, type: d.type, parentId: d.parent, path: childPath(parent?.path ?? null, d.id), slug: d.slug,
      status: 'active', region: d.region, code: demoCode(i + 1), intro: d.intro,
      contact: { person: '', phone: '', email: '', address: '' }, createdAt: new Date().toISOString(), version: 1,
    };
    orgs.set(d.id, org);
    await ignoreExisting(transact(putOrgItems(org)));
  }
  const seeded = new Map<string, { id: string; displayName: string }>();
  for (const a of DEMO_ACCOUNTS) {
    const org = orgs.get(a.org);
    if (!org) throw new Error(`demo account ${a.username}: unknown org ${a.org}`);
    const account = newAccount(
      org,
      { username: a.username, displayName: a.displayName, phone: a.phone ?? null, passwordHash: await hashPassword(DEMO_PASSWORD) },
      { mustChangePassword: false, phoneVerified: Boolean(a.phone) },
    );
    await ignoreExisting(transact(putAccountItems(account, { accountId: account.id, orgId: org.id, orgPath: org.path, roles: a.roles })));
    seeded.set(a.username, { id: account.id, displayName: a.displayName });
  }
  await seedReportingDemo();
  await seedSiteItems(orgs, seeded);
  const jinan = orgs.get('sd-jn');
  if (jinan) await seedDemoMembers(jinan);
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...MARKER, at: new Date().toISOString() } }));
  return true;
}
