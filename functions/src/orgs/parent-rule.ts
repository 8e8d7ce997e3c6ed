import type { Org } from '@trellis/shared/orgs/org';
import type { OrgType } from '@trellis/shared/orgs/org-types';
import { mayHold, PARENT_TYPE_CODE } from '@trellis/shared/orgs/org-hierarchy';
import { getOrgs, listChildOrgs } from '../adapters/dynamodb/org/org-store';
import { DomainError, ValidationError } from '../errors';

/** Refuses (400, on `field`) an org of type `child` under `parent` when the hierarchy rule forbids it. */
export function ensureParentHolds(parent: Pick<Org, 'type'> | null, child: OrgType, field: string): void {
  if (!mayHold(parent?.type ?? null, child)) throw new ValidationError({ [field]: [PARENT_TYPE_CODE] });
}

/** Refuses approving an application whose type its parent may not hold (400 with the rule's code). */
export function ensureApprovable(parent: Pick<Org, 'type'>, child: OrgType): void {
  if (!mayHold(parent.type, child)) throw new DomainError(PARENT_TYPE_CODE);
}

/**
 * A type change keeps the rule on both sides: the parent must hold the new type, and the new
 * type must hold every existing child (children read page by page; org writes are rare).
 */
export async function ensureTypeChangeFits(org: Org, type: OrgType): Promise<void> {
  if (type === org.type) return;
  const parent = org.parentId ? ((await getOrgs([org.parentId])).get(org.parentId) ?? null) : null;
  ensureParentHolds(parent, type, 'type');
  let cursor: string | undefined;
  do {
    const page = await listChildOrgs(org.id, cursor, 100);
    if (page.items.some((c) => !mayHold(type, c.type))) throw new ValidationError({ type: ['children.type_not_allowed'] });
    cursor = page.cursor ?? undefined;
  } while (cursor);
}
