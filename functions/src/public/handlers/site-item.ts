import { publicSiteItemInput } from '@trellis/shared/site-items/schemas';
import { route } from '../../http/route';
import { publicSiteItem } from '../site-items';

export const handler = route('public.siteItem', publicSiteItemInput, ({ input }) => publicSiteItem(input.slug, input.itemId));
