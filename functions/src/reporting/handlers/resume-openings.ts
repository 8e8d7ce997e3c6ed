import { resumeOpenings } from '../open-round';

/** Scheduled (EventBridge in AWS, an interval in the local stack): finishes rounds an open call left `opening`. */
export async function handler(): Promise<{ rounds: number }> {
  return { rounds: (await resumeOpenings()).length };
}
