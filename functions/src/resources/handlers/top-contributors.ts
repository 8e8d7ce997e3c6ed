import { z } from 'zod';
import { cursorSchema, idSchema } from '@trellis/shared/org/schemas';
import { topContributors } from '../../adapters/dynamodb/contribution-store';
import { route } from '../../http/route';

/** 名师推荐: teachers with the most published works, nationally (cvea) or in a province. */
export const handler = route('resources.top', z.object({ orgId: idSchema, cursor: cursorSchema }), ({ input }) =>
  topContributors(input.orgId, input.cursor),
);
