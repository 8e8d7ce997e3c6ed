/** "My uploads" of this browser tab (sessionStorage): uploads that ended, newest first. */
export interface MyUpload {
  uploadId: string;
  fileName: string;
  size: number;
  status: 'completed' | 'refused' | 'failed' | 'aborted';
  /** Where and what for (completed uploads; the link to the resource form needs them). */
  orgId?: string;
  purpose?: string;
  /** The code of the reason, for refused and failed uploads. */
  reason?: string;
  at: number;
}

const MAX_ROWS = 50;
const keyFor = (accountId: string) => `trellis-uploads:${accountId}`;

export function loadMine(accountId: string): MyUpload[] {
  try {
    const rows = JSON.parse(sessionStorage.getItem(keyFor(accountId)) ?? '[]') as unknown;
    return Array.isArray(rows) ? (rows as MyUpload[]).filter((r) => typeof r?.uploadId === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds or replaces the row of `row.uploadId` and stores the list. */
export function saveMine(accountId: string, rows: MyUpload[], row: MyUpload): MyUpload[] {
  const next = [row, ...rows.filter((r) => r.uploadId !== row.uploadId)].slice(0, MAX_ROWS);
  try {
    sessionStorage.setItem(keyFor(accountId), JSON.stringify(next));
  } catch {
    // Storage full or disabled: the list still shows until the page is left.
  }
  return next;
}
