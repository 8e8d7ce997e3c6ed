import type { Org } from '@trellis/shared/org/org';
import { listPageInput } from '@trellis/shared/org/schemas';
import { listChildOrgs } from '../../adapters/dynamodb/org-store';
import { route } from '../../http/route';

export const handler = route('orgs.children', listPageInput, ({ input, target }) =>
  listChildOrgs(target<Org>().record.id, input.cursor),
);
