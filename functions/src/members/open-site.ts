import type { Org } from '@trellis/shared/orgs/org';
import { NotFound } from '../errors';
import { resolveSite } from '../sites/site-chain';

/** The org of an open site; a closed or unknown site takes no applications. */
export async function openSiteOrg(slug: string): Promise<Org> {
  const site = await resolveSite(slug);
  if (site.closed) throw new NotFound('site.not_found');
  return site.self;
}
