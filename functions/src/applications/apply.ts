import { randomInt } from 'node:crypto';
import type { ApplicationInput } from '@trellis/shared/applications/schemas';
import { pathIds } from '@trellis/shared/orgs/path';
import type { ApplicationRecord } from '@trellis/shared/applications/application-record';
import { putApplication } from '../adapters/dynamodb/application/application-store';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { ValidationError } from '../errors';
import { writeWithAddress } from '../sites/free-address';
import { hashPassword } from '../security/password-hash';
import { bumpTodo } from '../adapters/dynamodb/todo/todo-counter-store';
import { ensureParentHolds } from '../orgs/parent-rule';

const NUMBER_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Application number such as SQ20261129-7KQ2MX: the date and six random characters. */
export function applicationNumber(now: Date): string {
  const date = now.toISOString().slice(0, 10).replaceAll('-', '');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += NUMBER_ALPHABET.charAt(randomInt(NUMBER_ALPHABET.length));
  return `SQ${date}-${suffix}`;
}

/**
 * A public application to join under `parentId`. Refused when the parent is unknown or
 * closed, the name is taken under the parent, or the code or username is taken anywhere.
 */
export async function submitApplication(input: ApplicationInput, now = new Date()): Promise<{ number: string }> {
  const parentOrgs = await getOrgs([input.parentId]);
  const parent = parentOrgs.get(input.parentId);
  const chain = parent ? await getOrgs(pathIds(parent.path)) : new Map();
  if (!parent || pathIds(parent.path).some((id) => chain.get(id)?.status !== 'active')) {
    throw new ValidationError({ parentId: ['parent.invalid'] });
  }
  ensureParentHolds(parent, input.type, 'parentId');
  const { adminPassword, slug: wanted, ...fields } = input;
  const number = applicationNumber(now);
  const base: Omit<ApplicationRecord, 'slug'> = {
    ...fields,
    id: number.toLowerCase(),
    number,
    parentName: parent.name,
    parentPath: parent.path,
    status: 'pending',
    submittedAt: now.toISOString(),
    decidedAt: null,
    decidedBy: null,
    reason: null,
    orgSlug: null,
    adminPasswordHash: await hashPassword(adminPassword),
    version: 1,
  };
  await writeWithAddress(base.name, wanted, base.id, (slug) => putApplication({ ...base, slug }));
  // It now waits for the parent's admins and those above (each sees what is at or under it).
  await bumpTodo(pathIds(parent.path), 'applications', 1);
  return { number };
}
