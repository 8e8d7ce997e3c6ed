/** Roster import sizes, without zod, so the import page's browser code stays small. */

/**
 * Rows per import call: each row costs one password hash (~350 ms), so a batch stays well
 * inside the function's timeout. The web sends a roster (up to IMPORT_ROSTER_MAX rows) in batches.
 */
export const IMPORT_BATCH_MAX = 10;
export const IMPORT_ROSTER_MAX = 500;
