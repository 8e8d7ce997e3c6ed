import type { Org } from '@trellis/shared/orgs/org';
import { putOrgItems } from '../functions/src/adapters/dynamodb/org/org-store';
import { transact } from '../functions/src/adapters/dynamodb/table/transact';
import { newOrg } from '../functions/src/orgs/create-child';
import { runBounded } from './bounded-pool';
import { associationFields, schoolFields, type OrgFields } from './org-names';

/** Schools under each county association: 1 association + 99 schools = 100 orgs per county. */
export const SCHOOLS_PER_ASSOCIATION = 99;

export interface SeededTree {
  root: Org;
  /** County-level associations directly under `root`, in creation order. */
  associations: Org[];
  /** Number of schools seeded under each association (same order). */
  schools: number[];
  total: number;
}

/** How `total` orgs split into associations (each a full 1 + 99 block where possible) and schools. */
export function treeShape(total: number): number[] {
  const associations = Math.max(1, Math.ceil(total / (SCHOOLS_PER_ASSOCIATION + 1)));
  let left = Math.max(0, total - associations);
  return Array.from({ length: associations }, () => {
    const here = Math.min(SCHOOLS_PER_ASSOCIATION, left);
    left -= here;
    return here;
  });
}

/**
 * Seeds `total` orgs under `root` (associations, then their schools), each org in its own
 * transaction with its uniqueness guards, exactly as `orgs.create` writes them.
 */
export async function seedTree(
  root: Org,
  total: number,
  opts: { concurrency: number; progress: (done: number, total: number) => void },
): Promise<SeededTree> {
  const shape = treeShape(total);
  let done = 0;
  let code = 1;
  const write = async (parent: Org, fields: OrgFields): Promise<Org> => {
    const org = newOrg(parent, fields);
    await transact(putOrgItems(org));
    done += 1;
    if (done % 1000 === 0 || done === total) opts.progress(done, total);
    return org;
  };

  const associations: Org[] = new Array<Org>(shape.length);
  const assocCodes = shape.map(() => code++);
  await runBounded(shape, opts.concurrency, async (_, i) => {
    associations[i] = await write(root, associationFields(i, assocCodes[i] ?? 0));
  });

  const schools = shape.flatMap((count, i) =>
    Array.from({ length: count }, (_, j) => ({ parent: i, n: j + 1, code: code++ })),
  );
  await runBounded(schools, opts.concurrency, async (s) => {
    const parent = associations[s.parent];
    if (!parent) throw new Error(`association ${s.parent} missing`);
    await write(parent, schoolFields(s.parent, s.n, s.code));
  });
  return { root, associations, schools: shape, total: done };
}
