import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

/** The local SMS sink: what the SMS adapter "sent" while running locally. */
export const load: PageServerLoad = async () => {
  const result = await api('dev.sms', {}, null);
  if (result.ok) return { available: true, items: result.data.items, error: null };
  return { available: false, items: [], error: result.status === 404 ? null : result.error.code };
};
