import { getUpload } from '../adapters/dynamodb/upload/upload-store';
import { signDownload } from '../adapters/s3/media-store';
import { AccessDenied } from '../errors';

const PREVIEW_SECONDS = 600;

/**
 * A short-lived URL of an item's image for the workspace preview (drafts included). The row's
 * access declaration has already checked that the image is one of the item's and its upload
 * is completed; an upload gone since is answered the same way.
 */
export async function previewImageUrl(imageId: string): Promise<{ url: string }> {
  const upload = await getUpload(imageId);
  if (!upload) throw new AccessDenied();
  return { url: await signDownload(upload.key, upload.fileName, 'inline', PREVIEW_SECONDS) };
}
