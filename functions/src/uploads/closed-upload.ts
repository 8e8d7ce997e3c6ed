import type { ClosedUploadCode } from '@trellis/shared/uploads/closing-codes';
import { Conflict } from '../errors';

/** The one way the uploads code answers "this upload is closed" (409); the codes are in closing-codes.ts. */
export function closedUpload(code: ClosedUploadCode): Conflict {
  return new Conflict(code);
}
