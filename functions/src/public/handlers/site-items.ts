import { publicSiteItemsInput } from '@trellis/shared/site-items/schemas';
import { route } from '../../http/route';
import { publicSiteItems } from '../site-items';

export const handler = route('public.siteItems', publicSiteItemsInput, ({ input }) => publicSiteItems(input.slug, input.category, input.cursor));
