import { publishDue } from '../publish-due';

/** Scheduled every minute (EventBridge in AWS, an interval in the local stack). */
export async function handler(): Promise<{ published: number }> {
  return { published: await publishDue() };
}
