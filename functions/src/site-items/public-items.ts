import type { PublicSiteItem, PublicSiteItemPage, PublicSiteList, SiteListCategory } from '@trellis/shared/site-items/schemas';
import { getSiteItem, getSiteImage, listPublished } from '../adapters/dynamodb/site-item/site-item-store';
import { getUpload } from '../adapters/dynamodb/upload/upload-store';
import { signDownload } from '../adapters/s3/media-store';
import { NotFound } from '../errors';
import { resolveSite, siteClosedById, siteHeader as header } from '../sites/site-chain';

/** A site's published news, notices or items from below, newest first (3 requests). */
export async function publicSiteItems(slug: string, category: SiteListCategory, cursor?: string): Promise<PublicSiteList> {
  const site = await resolveSite(slug);
  if (site.closed) return { site: await header(site), items: [], cursor: null };
  return { site: await header(site), ...(await listPublished(site.self.id, category, cursor)) };
}

/** One item as published on this site: only while it is published here and not taken down. */
export async function publicSiteItem(slug: string, itemId: string): Promise<PublicSiteItemPage> {
  const site = await resolveSite(slug);
  if (site.closed) return { site: await header(site), item: null };
  const item = await getSiteItem(itemId);
  const here = item?.placements.find((p) => p.orgId === site.self.id);
  if (!item || item.status !== 'published' || here?.state !== 'published') throw new NotFound('siteItem.not_found');
  const view: PublicSiteItem = {
    id: item.id, kind: item.kind, title: item.title, summary: item.summary, at: here.publishedAt ?? here.at,
    sourceName: item.origin.orgName, sourceSlug: item.origin.orgSlug, fromBelow: item.origin.orgId !== site.self.id,
    bodyHtml: item.bodyHtml, imageIds: item.imageIds,
  };
  return { site: await header(site), item: view };
}

/**
 * A short-lived URL of an image of a published item (other uploads are never served): the
 * image must still be one of the item's images, and the item's origin site must be open.
 */
export async function publicSiteImage(imageId: string): Promise<{ url: string }> {
  const attached = await getSiteImage(imageId);
  const item = attached ? await getSiteItem(attached.itemId) : null;
  const shown = !!item && item.status === 'published' && item.imageIds.includes(imageId) && !(await siteClosedById(item.origin.orgId));
  const upload = shown ? await getUpload(imageId) : null;
  if (!upload || upload.status !== 'completed') throw new NotFound('image.not_found');
  return { url: await signDownload(upload.key, upload.fileName, 'inline', 3600) };
}
