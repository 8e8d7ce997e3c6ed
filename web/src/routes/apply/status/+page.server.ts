import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { applicationNumberSchema } from '@trellis/shared/applications/schemas';

/** "Check my application": a GET form that goes to /apply/status/{number}. */
export const load: PageServerLoad = ({ url }) => {
  const raw = url.searchParams.get('number');
  if (raw === null) return { number: '', invalid: false };
  const parsed = applicationNumberSchema.safeParse(raw.toUpperCase());
  if (parsed.success) redirect(303, `/apply/status/${parsed.data}`);
  return { number: raw, invalid: true };
};
