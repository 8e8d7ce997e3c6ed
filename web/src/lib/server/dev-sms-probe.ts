import { api } from './api';

const TTL_MS = 60_000;
let cached: { at: number; available: boolean } | null = null;

/** Whether the API serves the local SMS sink (only the local gateway does); cached for a minute. */
export async function devSmsAvailable(): Promise<boolean> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.available;
  const result = await api('dev.sms', {}, null);
  cached = { at: Date.now(), available: result.ok };
  return cached.available;
}
