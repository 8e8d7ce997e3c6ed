import { deleteSession } from '../adapters/dynamodb/session/session-store';

/** Ends the session whose token hashes to `tokenHash` (none: nothing to end). */
export async function endSession(tokenHash: string | null): Promise<void> {
  if (tokenHash) await deleteSession(tokenHash);
}
