import { publicSiteImageInput } from '@trellis/shared/site-items/schemas';
import { route } from '../../http/route';
import { publicSiteImage } from '../site-items';

export const handler = route('public.siteImage', publicSiteImageInput, ({ input }) => publicSiteImage(input.imageId));
