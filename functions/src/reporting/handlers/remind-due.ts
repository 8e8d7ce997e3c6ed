import { remindDue } from '../remind-due';

/** Scheduled hourly (EventBridge in AWS, an interval in the local stack): reminders due today. */
export async function handler(): Promise<{ rounds: number }> {
  return { rounds: (await remindDue()).length };
}
