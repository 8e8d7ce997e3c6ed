import { pathIds } from '@trellis/shared/org/path';
import type { Org } from '@trellis/shared/org/org';
import { findOrgBySlug, getOrgs } from '../adapters/dynamodb/org-store';
import { NotFound } from '../errors';

/** The org behind a public site slug, with whether its site is closed (a disabled org on its path or a superior's closure). */
export async function siteOrg(slug: string): Promise<{ org: Org; closed: boolean; closedReason: string | null }> {
  const found = await findOrgBySlug(slug);
  if (!found) throw new NotFound('site.not_found');
  const path = found.orgPath ?? (await getOrgs([found.orgId])).get(found.orgId)?.path;
  const chain = path ? await getOrgs(pathIds(path)) : new Map<string, Org>();
  const org = chain.get(found.orgId);
  if (!org) throw new NotFound('site.not_found');
  const disabled = pathIds(org.path).some((id) => chain.get(id)?.status !== 'active');
  const closedBySuperior = org.siteStatus?.state === 'closed';
  return { org, closed: disabled || closedBySuperior, closedReason: closedBySuperior ? (org.siteStatus?.reason ?? null) : null };
}

/** The org of an open site; a closed or unknown site takes no applications. */
export async function openSiteOrg(slug: string): Promise<Org> {
  const { org, closed } = await siteOrg(slug);
  if (closed) throw new NotFound('site.not_found');
  return org;
}
