import type { ReaderResourceView, ResourceRecord, ResourceView } from '@trellis/shared/resources/schemas';
import { signDownload } from '../adapters/s3/media-store';
import { toResourceView } from './submit';

/** A resource as shown in listings and detail: the view plus a short-lived cover URL. */
export async function presentResource(r: ResourceRecord): Promise<ResourceView> {
  const coverUrl = r.coverKey ? await signDownload(r.coverKey, `cover-${r.id}`, 'inline') : null;
  return { ...toResourceView(r), coverUrl };
}

/** What any signed-in reader sees: no review trail (reviewer ids), no uploader id. */
export function readerView(view: ResourceView): ReaderResourceView {
  const { trail: _t, uploaderId: _u, ...rest } = view;
  return rest;
}

/** The published library, as any reader sees it. */
export async function presentAll(items: ResourceRecord[]): Promise<ReaderResourceView[]> {
  return (await Promise.all(items.map(presentResource))).map(readerView);
}
