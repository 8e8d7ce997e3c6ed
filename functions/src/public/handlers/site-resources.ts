import { siteResourcesInput } from '@trellis/shared/resources/public-schemas';
import { route } from '../../http/route';
import { siteResources } from '../site-resources';

export const handler = route('public.siteResources', siteResourcesInput, ({ input }) => siteResources(input.slug, input.cursor));
