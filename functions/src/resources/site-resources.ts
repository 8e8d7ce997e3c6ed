import type { PublicResource, SiteResourcesView, SiteResourceView } from '@trellis/shared/resources/public-schemas';
import type { ResourceRecord } from '@trellis/shared/resources/schemas';
import { countResource, getResourceWithCounts } from '../adapters/dynamodb/resource/resource-store';
import { listSiteResources } from '../adapters/dynamodb/resource/resource-site-store';
import { firstViewToday } from '../adapters/dynamodb/public-view/public-view-store';
import { signDownload } from '../adapters/s3/media-store';
import { NotFound } from '../errors';
import { resolveSite, siteHeader } from '../sites/site-chain';

async function toPublic(r: ResourceRecord): Promise<PublicResource> {
  return {
    id: r.id, title: r.title, category: r.category, subject: r.subject, description: r.description, authors: r.authors,
    teacher: r.uploaderName, schoolName: r.schoolName, contentType: r.contentType, fileName: r.fileName, size: r.size,
    publishedAt: r.publishedAt, coverUrl: r.coverKey ? await signDownload(r.coverKey, `cover-${r.id}`, 'inline') : null,
  };
}

/** The school's works shown on its public site: published and marked public by the teacher; none while the site is closed. */
export async function siteResources(slug: string, cursor?: string): Promise<SiteResourcesView> {
  const site = await resolveSite(slug);
  const header = await siteHeader(site);
  if (site.closed) return { site: header, items: [], cursor: null };
  const page = await listSiteResources(site.self.id, cursor);
  return { site: header, items: await Promise.all(page.items.map(toPublic)), cursor: page.cursor };
}

/**
 * One public work of the site, with a short-lived playback URL. Opening it counts a view at
 * most once per visitor (client IP) and day, so reloads can't push a work up the most-viewed order.
 */
export async function siteResource(slug: string, resourceId: string, clientIp: string): Promise<SiteResourceView> {
  const site = await resolveSite(slug);
  if (site.closed) throw new NotFound('site.not_found');
  const found = await getResourceWithCounts(resourceId);
  const r = found?.resource;
  if (!r || r.schoolId !== site.self.id || r.status !== 'published' || !r.publicOnSite) throw new NotFound('resource.not_found');
  if (await firstViewToday(r.id, clientIp)) await countResource(r.id, 'views');
  return { site: await siteHeader(site), resource: await toPublic(r), playUrl: await signDownload(r.uploadKey, r.fileName, 'inline') };
}
