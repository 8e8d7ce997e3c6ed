import type { Org } from '@trellis/shared/org/org';
import { listPageInput } from '@trellis/shared/org/schemas';
import { listSubtreeOrgs } from '../../adapters/dynamodb/org-store';
import { route } from '../../http/route';

export const handler = route('orgs.subtree', listPageInput, ({ input, target }) =>
  listSubtreeOrgs(target<Org>().record.path, input.cursor),
);
