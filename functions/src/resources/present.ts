import type { ResourceView } from '@trellis/shared/resources/schemas';
import type { ResourceRecord } from '../adapters/dynamodb/resource-store';
import { signDownload } from '../adapters/s3/media-store';
import { toResourceView } from './submit';

/** A resource as shown in listings and detail: the view plus a short-lived cover URL. */
export async function presentResource(r: ResourceRecord): Promise<ResourceView> {
  const coverUrl = r.coverKey ? await signDownload(r.coverKey, `cover-${r.id}`, 'inline') : null;
  return { ...toResourceView(r), coverUrl };
}

export function presentAll(items: ResourceRecord[]): Promise<ResourceView[]> {
  return Promise.all(items.map(presentResource));
}
