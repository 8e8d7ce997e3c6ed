import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { getUpload } from '../../adapters/dynamodb/upload/upload-store';
import { signDownload } from '../../adapters/s3/media-store';
import { AccessDenied } from '../../errors';
import { route } from '../../access/route';
import { itemUnder } from '../scope';

/** An image of an item, for the preview of those who may see the item (drafts included). */
export const handler = route(siteItemsRoutes.image, async ({ input, target }) => {
  const item = await itemUnder(target().record, input.itemId);
  const upload = item.imageIds.includes(input.imageId) ? await getUpload(input.imageId) : null;
  if (!upload || upload.status !== 'completed') throw new AccessDenied();
  return { url: await signDownload(upload.key, upload.fileName, 'inline', 600) };
});
