import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import type { MaterialKind, ReportMaterial, ReportView } from '@trellis/shared/reporting/schemas';
import type { UploadPurpose } from '@trellis/shared/uploads/purposes';
import { ddb, tableName } from '../adapters/dynamodb/client';
import { getReport } from '../adapters/dynamodb/report-store';
import { getUpload } from '../adapters/dynamodb/upload-store';
import { Conflict, NotFound, ValidationError } from '../errors';
import { toReportView } from './report-view';

const PURPOSE_OF: Record<MaterialKind, UploadPurpose> = {
  case_document: 'case_document', supporting_document: 'supporting_document', photo: 'case_photo',
};

/**
 * Attaches a finished upload of the org (a case document, supporting document or photo) to
 * its report. The append is conditioned on the list it was read with, so two attaches never
 * drop one another; attaching the same upload again is answered with the report.
 */
export async function attachMaterial(orgId: string, roundId: string, uploadId: string, kind: MaterialKind, now = new Date()): Promise<ReportView> {
  const [report, upload] = await Promise.all([getReport(orgId, roundId), getUpload(uploadId)]);
  if (!report) throw new NotFound('report.not_found');
  if (!upload || upload.orgId !== orgId || upload.status !== 'completed') throw new ValidationError({ uploadId: ['upload.not_completed'] });
  if (upload.purpose !== PURPOSE_OF[kind]) throw new ValidationError({ kind: ['material.purpose_mismatch'] });
  const materials = report.materials ?? [];
  if (materials.some((m) => m.uploadId === uploadId)) return toReportView(report);
  const material: ReportMaterial = {
    uploadId, kind, fileName: upload.fileName, size: upload.size,
    widthPx: typeof (upload as { widthPx?: unknown }).widthPx === 'number' ? (upload as { widthPx: number }).widthPx : null,
    attachedAt: now.toISOString(),
  };
  try {
    await ddb().send(new UpdateCommand({
      TableName: tableName(),
      Key: reportingKeys.report(orgId, roundId),
      UpdateExpression: 'SET materials = list_append(materials, :m)',
      ConditionExpression: 'size(materials) = :n',
      ExpressionAttributeValues: { ':m': [material], ':n': materials.length },
    }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new Conflict('report.materials_changed');
    throw error;
  }
  return toReportView({ ...report, materials: [...materials, material] });
}
