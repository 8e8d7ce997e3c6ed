import type { Org } from '@trellis/shared/orgs/org';
import { summarize } from '@trellis/shared/site-items/placements';
import type { CreateSiteItemInput, SiteItemView, UpdateSiteItemInput } from '@trellis/shared/site-items/schemas';
import { getUpload } from '../adapters/dynamodb/upload/upload-store';
import { Conflict, ValidationError } from '../errors';
import { sanitizeRichText } from '../notices/sanitize';
import { newId } from '../security/tokens';
import { orgRef, ownItem, plainEntry, save, stepFor } from './scope';

type Account = { id: string; displayName: string };

/** Images must be finished `image` uploads made for this org. */
async function checkImages(org: Org, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    const upload = await getUpload(id);
    if (!upload || upload.orgId !== org.id || upload.purpose !== 'image' || upload.status !== 'completed') {
      throw new ValidationError({ imageIds: ['images.invalid'] });
    }
  }
}

/** The body as stored: sanitized on the server whatever the editor sent; never empty. */
function cleanBody(html: string): string {
  const body = sanitizeRichText(html);
  if (summarize(body).length === 0) throw new ValidationError({ bodyHtml: ['body.required'] });
  return body;
}

/** A correspondent or admin writes a news item or notice: a draft, or submitted to the admin at once. */
export async function createSiteItem(account: Account, org: Org, input: CreateSiteItemInput): Promise<SiteItemView> {
  const bodyHtml = cleanBody(input.bodyHtml);
  await checkImages(org, input.imageIds);
  const step = stepFor(account, orgRef(org));
  const trail = input.submit ? [plainEntry(step, 'created'), plainEntry(step, 'submitted')] : [plainEntry(step, 'created')];
  const item: SiteItemView = {
    id: newId('si'), kind: input.kind, title: input.title, bodyHtml, summary: summarize(bodyHtml), imageIds: [...new Set(input.imageIds)],
    origin: step.org, authorId: account.id, authorName: account.displayName, status: input.submit ? 'pending' : 'draft',
    placements: [], takedown: null, trail, createdAt: step.at, updatedAt: step.at, version: 1,
  };
  return save(null, item);
}

/** Edits a draft or a returned item (never one waiting or published), optionally submitting it. */
export async function updateSiteItem(account: Account, org: Org, input: UpdateSiteItemInput): Promise<SiteItemView> {
  const before = await ownItem(org, input.itemId);
  if (before.version !== input.expectedVersion) throw new Conflict('conflict.version');
  if (before.status !== 'draft' && before.status !== 'returned') throw new Conflict('siteItem.not_editable');
  const bodyHtml = cleanBody(input.bodyHtml);
  await checkImages(org, input.imageIds.filter((id) => !before.imageIds.includes(id)));
  const step = stepFor(account, orgRef(org));
  const after: SiteItemView = {
    ...before, kind: input.kind, title: input.title, bodyHtml, summary: summarize(bodyHtml), imageIds: [...new Set(input.imageIds)],
    status: input.submit ? 'pending' : before.status,
    trail: [...before.trail, plainEntry(step, input.submit ? 'submitted' : 'edited')], updatedAt: step.at, version: before.version + 1,
  };
  return save(before, after);
}
