import type { Org } from '@trellis/shared/org/org';
import { siteItemImageParams } from '@trellis/shared/site-items/schemas';
import { getUpload } from '../../adapters/dynamodb/upload-store';
import { signDownload } from '../../adapters/s3/media-store';
import { AccessDenied } from '../../errors';
import { route } from '../../http/route';
import { itemUnder } from '../scope';

/** An image of an item, for the preview of those who may see the item (drafts included). */
export const handler = route('siteItems.image', siteItemImageParams, async ({ input, target }) => {
  const item = await itemUnder(target<Org>().record, input.itemId);
  const upload = item.imageIds.includes(input.imageId) ? await getUpload(input.imageId) : null;
  if (!upload || upload.status !== 'completed') throw new AccessDenied();
  return { url: await signDownload(upload.key, upload.fileName, 'inline', 600) };
});
