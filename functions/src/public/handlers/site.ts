import { siteSlugInput } from '@trellis/shared/site/schemas';
import { route } from '../../http/route';
import { siteBySlug } from '../site';

export const handler = route('public.site', siteSlugInput, ({ input }) => siteBySlug(input.slug, input.cursor));
