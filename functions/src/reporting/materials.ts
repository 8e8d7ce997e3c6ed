import { isWindowOpen } from '@trellis/shared/reporting/rounds';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import type { ReportMaterial, ReportView } from '@trellis/shared/reporting/report-view';
import type { MaterialKind } from '@trellis/shared/reporting/schemas';
import { isEditable } from '@trellis/shared/reporting/states';
import type { UploadPurpose } from '@trellis/shared/uploads/purposes';
import { appendReportMaterial } from '../adapters/dynamodb/report/report-materials-store';
import { getReport } from '../adapters/dynamodb/report/report-store';
import { getUpload, unlistUpload } from '../adapters/dynamodb/upload/upload-store';
import { Conflict, NotFound, ValidationError } from '../errors';
import { trailEntry, type Acting } from './acting';
import { toReportView } from './report-view';
import { requireOpenRound } from './round-cache';

const PURPOSE_OF: Record<MaterialKind, UploadPurpose> = {
  case_document: 'case_document', supporting_document: 'supporting_document', photo: 'case_photo',
};

/** Why a report cannot take materials now (the same rule as saving its data), or null. */
function lockedCode(r: ReportRecord, windowOpen: boolean): string | null {
  if (!isEditable(r.state)) return 'report.locked';
  if (!windowOpen && r.lockException !== true) return 'report.window_closed';
  return null;
}

/**
 * Attaches a finished upload of the org (a case document, supporting document or photo) to
 * its report, under the rule that governs saving: draft or returned, inside the window or with
 * a lock exception. One UpdateItem conditioned on the version and state it was read in (two
 * attaches never drop one another; nothing lands in a report submitted meanwhile) bumps the
 * version and records the attachment on the trail; the upload then leaves its uploader's list of
 * uploads (one UpdateItem). Attaching the same upload again is answered with the report.
 */
export async function attachMaterial(acting: Acting, orgId: string, roundId: string, uploadId: string, kind: MaterialKind, now = new Date()): Promise<ReportView> {
  const round = await requireOpenRound(roundId);
  const [report, upload] = await Promise.all([getReport(orgId, roundId), getUpload(uploadId)]);
  if (!report) throw new NotFound('report.not_found');
  if (!upload || upload.orgId !== orgId || upload.status !== 'completed') throw new ValidationError({ uploadId: ['upload.not_completed'] });
  if (upload.purpose !== PURPOSE_OF[kind]) throw new ValidationError({ kind: ['material.purpose_mismatch'] });
  const materials = report.materials ?? [];
  if (materials.some((m) => m.uploadId === uploadId)) return toReportView(report);
  const windowOpen = isWindowOpen(round, now);
  const locked = lockedCode(report, windowOpen);
  if (locked) throw new Conflict(locked);
  const at = now.toISOString();
  const material: ReportMaterial = {
    uploadId, kind, fileName: upload.fileName, size: upload.size,
    widthPx: typeof (upload as { widthPx?: unknown }).widthPx === 'number' ? (upload as { widthPx: number }).widthPx : null,
    attachedAt: at,
  };
  const entry = trailEntry(acting, 'attach', report.state, report.state, null, at);
  const outcome = await appendReportMaterial(report, material, entry, windowOpen);
  if (!outcome.appended) {
    const current = outcome.current;
    if (current?.materials?.some((m) => m.uploadId === uploadId)) return toReportView(current);
    throw new Conflict((current && lockedCode(current, windowOpen)) ?? 'report.materials_changed');
  }
  // Attached: no longer one of the uploader's uploads waiting to be used.
  await unlistUpload(uploadId);
  return toReportView({ ...report, materials: [...materials, material], trail: [...(report.trail ?? []), entry], version: report.version + 1, updatedAt: at });
}
