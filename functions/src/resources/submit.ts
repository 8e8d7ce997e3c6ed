import type { Actor } from '@trellis/shared/access/policy';
import type { Org } from '@trellis/shared/orgs/org';
import { schoolYear, YEARLY_QUOTA } from '@trellis/shared/resources/quota';
import type { CreateResourceInput, ResourceRecord, ResourceView } from '@trellis/shared/resources/schemas';
import type { SessionAccount } from '@trellis/shared/accounts/account-record';
import { putResource } from '../adapters/dynamodb/resource/resource-store';
import { claimUpload } from '../adapters/dynamodb/upload/upload-claim';
import type { UploadRecord } from '@trellis/shared/uploads/upload-record';
import { getUpload } from '../adapters/dynamodb/upload/upload-store';
import { ValidationError } from '../errors';
import { timeId } from '../security/tokens';
import { todoDelta } from '../adapters/dynamodb/todo/todo-counter-store';

/** A completed upload of the same person at the same org, for the given purposes. */
async function ownCompletedUpload(actor: Actor, org: Org, uploadId: string, purposes: string[], field: string, code: string): Promise<UploadRecord> {
  const upload = await getUpload(uploadId);
  const usable = upload && upload.accountId === actor.accountId && upload.orgId === org.id && upload.status === 'completed';
  if (!upload || !usable || !purposes.includes(upload.purpose)) throw new ValidationError({ [field]: [code] });
  return upload;
}

export function toResourceView(r: ResourceRecord): ResourceView {
  const { schoolPath: _p, uploadKey: _k, coverKey: _c, ...view } = r;
  return view;
}

/**
 * A teacher submits an uploaded work with its metadata; the school then reviews it. Only at
 * an org that contributes (has a yearly quota: schools, research groups). The uploads are
 * claimed in the same write, so each backs one work only. `schoolYear` is provisional until
 * publication, which sets the year the work counts in.
 */
export async function submitResource(actor: Actor, account: SessionAccount, school: Org, input: CreateResourceInput, now = new Date()): Promise<ResourceView> {
  if (YEARLY_QUOTA[school.type] === undefined) throw new ValidationError({ orgId: ['org.not_contributor'] });
  const file = await ownCompletedUpload(actor, school, input.uploadId, ['video', 'document'], 'uploadId', 'upload.not_usable');
  const cover = input.coverUploadId ? await ownCompletedUpload(actor, school, input.coverUploadId, ['image'], 'coverUploadId', 'cover.not_usable') : null;
  const at = now.toISOString();
  const record: ResourceRecord = {
    id: timeId('r', now.getTime()), title: input.title, category: input.category, subject: input.subject,
    description: input.description, authors: input.authors, fileName: file.fileName, size: file.size,
    contentType: file.contentType, schoolId: school.id, schoolName: school.name, schoolPath: school.path,
    uploaderId: account.id, uploaderName: account.displayName, status: 'pending', publicOnSite: input.publicOnSite,
    schoolYear: schoolYear(now), trail: [{ at, by: account.id, action: 'submitted', reason: null }], createdAt: at,
    publishedAt: null, version: 1, uploadKey: file.key, coverKey: cover?.key ?? null,
  };
  const claims = [claimUpload(file.uploadId, record.id, 'upload.already_used'), ...(cover ? [claimUpload(cover.uploadId, record.id, 'cover.already_used')] : [])];
  await putResource(record, [...claims, ...todoDelta([record.schoolId], 'resources', 1)]);
  return toResourceView(record);
}
