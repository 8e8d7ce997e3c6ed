import { siteResourceInput } from '@trellis/shared/resources/public-schemas';
import { route } from '../../http/route';
import { siteResource } from '../site-resources';

export const handler = route('public.siteResource', siteResourceInput, ({ input, state }) =>
  siteResource(input.slug, input.resourceId, state.clientIp),
);
