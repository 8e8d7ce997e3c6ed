import { createHash } from 'node:crypto';
import { IMPORT_BATCH_MAX, type ImportRowResult } from '@trellis/shared/accounts/schemas';
import { api, type ApiError } from '#lib/server/api.ts';
import type { RosterRow } from '#lib/server/roster-xlsx.ts';

export interface ImportedRow extends ImportRowResult {
  sheetRow: number;
  displayName: string;
  phone: string;
}

export interface ImportOutcome {
  created: number;
  existing: number;
  failed: number;
  /** Roster rows not sent because a batch call failed (uploading the same file again resumes). */
  notSent: number;
  /** The API's answer when a batch call failed. */
  failure: { status: number; error: ApiError } | null;
  results: ImportedRow[];
}

/** Same file into the same org, same id: a re-upload after an interruption is recognized row by row. */
export function importIdFor(orgId: string, file: ArrayBuffer): string {
  return createHash('sha256').update(orgId).update('\n').update(new Uint8Array(file)).digest('base64url').slice(0, 32);
}

/**
 * Sends the roster in batches of IMPORT_BATCH_MAX rows, one call after another (each call
 * stays well within the function's timeout), and gathers the per-row results into one table.
 * Stops at the first failed call and says how many rows were not sent.
 */
export async function importInBatches(orgId: string, importId: string, roster: RosterRow[]): Promise<ImportOutcome> {
  const results: ImportedRow[] = [];
  let failure: ImportOutcome['failure'] = null;
  let sent = 0;
  while (sent < roster.length) {
    const batch = roster.slice(sent, sent + IMPORT_BATCH_MAX);
    const rows = batch.map(({ username, displayName, phone }) => ({ username, displayName, ...(phone ? { phone } : {}) }));
    const res = await api('accounts.import', { params: { orgId }, body: { role: 'teacher', importId, firstRow: sent + 1, rows } });
    if (!res.ok) {
      failure = { status: res.status, error: res.error };
      break;
    }
    for (const r of res.data.results) {
      const source = roster[r.row - 1];
      results.push({ ...r, sheetRow: source?.sheetRow ?? r.row + 1, displayName: source?.displayName ?? '', phone: source?.phone ?? '' });
    }
    sent += batch.length;
  }
  const count = (status: ImportRowResult['status']) => results.filter((r) => r.status === status).length;
  return { created: count('created'), existing: count('existing'), failed: count('failed'), notSent: roster.length - sent, failure, results };
}
