import type { PublicResource, SiteResourcesView, SiteResourceView } from '@trellis/shared/resources/public-schemas';
import { pathIds } from '@trellis/shared/org/path';
import type { Org } from '@trellis/shared/org/org';
import { findOrgBySlug, getOrgs } from '../adapters/dynamodb/org-store';
import { countResource, getResourceWithCounts, type ResourceRecord } from '../adapters/dynamodb/resource-store';
import { listSiteResources } from '../adapters/dynamodb/resource-site-store';
import { signDownload } from '../adapters/s3/media-store';
import { NotFound } from '../errors';

/** The org of an open site (it and every ancestor active), else 404 like an unknown slug. */
async function openSite(slug: string): Promise<Org> {
  const found = await findOrgBySlug(slug);
  const path = found ? (found.orgPath ?? (await getOrgs([found.orgId])).get(found.orgId)?.path) : undefined;
  const chain = path ? await getOrgs(pathIds(path)) : new Map<string, Org>();
  const self = found ? chain.get(found.orgId) : undefined;
  if (!self || pathIds(self.path).some((id) => chain.get(id)?.status !== 'active')) throw new NotFound('site.not_found');
  return self;
}

async function toPublic(r: ResourceRecord): Promise<PublicResource> {
  return {
    id: r.id, title: r.title, category: r.category, subject: r.subject, description: r.description, authors: r.authors,
    teacher: r.uploaderName, schoolName: r.schoolName, contentType: r.contentType, fileName: r.fileName, size: r.size,
    publishedAt: r.publishedAt, coverUrl: r.coverKey ? await signDownload(r.coverKey, `cover-${r.id}`, 'inline') : null,
  };
}

/** The school's works shown on its public site: published and marked public by the teacher. */
export async function siteResources(slug: string, cursor?: string): Promise<SiteResourcesView> {
  const org = await openSite(slug);
  const page = await listSiteResources(org.id, cursor);
  return { org: { name: org.name, slug: org.slug }, items: await Promise.all(page.items.map(toPublic)), cursor: page.cursor };
}

/** One public work of the site, with a short-lived playback URL; opening it counts a view. */
export async function siteResource(slug: string, resourceId: string): Promise<SiteResourceView> {
  const org = await openSite(slug);
  const found = await getResourceWithCounts(resourceId);
  const r = found?.resource;
  if (!r || r.schoolId !== org.id || r.status !== 'published' || !r.publicOnSite) throw new NotFound('resource.not_found');
  await countResource(r.id, 'views');
  return { org: { name: org.name, slug: org.slug }, resource: await toPublic(r), playUrl: await signDownload(r.uploadKey, r.fileName, 'inline') };
}
