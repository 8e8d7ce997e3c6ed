import type { PageServerLoad } from './$types';

/** The workspace home: 待办 and the latest notices come with the layout's to-do summary (no further calls). */
export const load: PageServerLoad = async () => ({});
