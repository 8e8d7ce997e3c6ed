import { z } from 'zod';
import { cursorSchema, idSchema } from '@trellis/shared/org/schemas';
import { listChildOrgs } from '../../adapters/dynamodb/org-store';
import { route } from '../../http/route';

/** Public directory for the application's parent picker; `root` lists the top level. */
export const handler = route('public.children', z.object({ orgId: idSchema, cursor: cursorSchema }), async ({ input }) => {
  const page = await listChildOrgs(input.orgId, input.cursor, 50);
  return {
    items: page.items.filter((o) => o.status === 'active').map((o) => ({ id: o.id, name: o.name, type: o.type, slug: o.slug })),
    cursor: page.cursor,
  };
});
