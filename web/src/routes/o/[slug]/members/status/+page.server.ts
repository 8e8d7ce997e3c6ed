import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const csr = false;

/** The lookup form (GET): a number goes to its status page. */
export const load: PageServerLoad = ({ params, url }) => {
  const number = (url.searchParams.get('number') ?? '').trim().toUpperCase();
  if (number) redirect(303, `/o/${encodeURIComponent(params.slug)}/members/status/${encodeURIComponent(number)}`);
  return { slug: params.slug };
};
