import type { MaterialLink } from '@trellis/shared/reporting/material-link';
import { getReport } from '../adapters/dynamodb/report/report-store';
import { getUpload } from '../adapters/dynamodb/upload/upload-store';
import { signDownload } from '../adapters/s3/media-store';
import { NotFound } from '../errors';

const LINK_SECONDS = 300;

/**
 * A five-minute link to a material's file, only for an upload attached to this report (the
 * org's report read policy was checked on the route): nobody reads other uploads by id here.
 */
export async function materialLink(orgId: string, roundId: string, uploadId: string, now = new Date()): Promise<MaterialLink> {
  const report = await getReport(orgId, roundId);
  if (!report) throw new NotFound('report.not_found');
  const material = (report.materials ?? []).find((m) => m.uploadId === uploadId);
  const upload = material ? await getUpload(uploadId) : null;
  if (!material || !upload || upload.orgId !== orgId) throw new NotFound('material.not_found');
  const url = await signDownload(upload.key, material.fileName, material.kind === 'photo' ? 'inline' : 'attachment', LINK_SECONDS);
  return { uploadId, fileName: material.fileName, url, expiresAt: new Date(now.getTime() + LINK_SECONDS * 1000).toISOString() };
}
