import { lookupInput } from '@trellis/shared/org/schemas';
import { route } from '../../http/route';
import { lookupOrgs } from '../lookup';

export const handler = route('public.lookup', lookupInput, async ({ input }) => ({ items: await lookupOrgs(input.q) }));
