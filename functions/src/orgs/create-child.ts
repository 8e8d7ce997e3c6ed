import type { CreateChildOrgInput } from '@trellis/shared/orgs/schemas';
import type { Org } from '@trellis/shared/orgs/org';
import { childPath } from '@trellis/shared/orgs/path';
import { putOrgItems } from '../adapters/dynamodb/org/org-store';
import { transact } from '../adapters/dynamodb/table/transact';
import { newId } from '../security/tokens';
import { sitesChanged } from '../edge/public-paths-changed';
import { ensureParentHolds } from './parent-rule';
import { writeWithAddress } from '../sites/free-address';

/** A new org under `parent`, with its slug, name and code guards, in one transaction. */
export function newOrg(
  parent: Pick<Org, 'id' | 'path'>,
  fields: { name: string; type: Org['type']; region: string; code?: string | null; slug?: string },
  extra: Partial<Pick<Org, 'intro' | 'contact'>> = {},
): Org {
  const id = newId('o', 10);
  return {
    id,
    name: fields.name,
    type: fields.type,
    parentId: parent.id,
    path: childPath(parent.path, id),
    slug: fields.slug ?? id,
    status: 'active',
    region: fields.region,
    code: fields.code || null,
    intro: extra.intro ?? '',
    contact: extra.contact ?? { person: '', phone: '', email: '', address: '' },
    createdAt: new Date().toISOString(),
    version: 1,
  };
}

/**
 * Creates the org under `parent`. The parent's directory of sub-orgs changes, and the new
 * address may have been answered 404 a moment ago: both are invalidated at the edge.
 */
export async function createChildOrg(parent: Org, input: CreateChildOrgInput): Promise<Org> {
  ensureParentHolds(parent, input.type, 'type');
  // Without an address asked for, a readable one from the name in pinyin (the id when all are taken).
  const draft = newOrg(parent, input);
  let org = draft;
  await writeWithAddress(input.name, input.slug, draft.id, async (slug) => {
    org = { ...draft, slug };
    await transact(putOrgItems(org));
  });
  await sitesChanged('org-created', [parent.slug, org.slug]);
  return org;
}
