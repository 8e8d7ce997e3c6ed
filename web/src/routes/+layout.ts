import type { LayoutLoad } from './$types';
import { loadCatalogue } from '#lib/i18n/load-catalogue.ts';

/**
 * Adds the active locale's messages for this route to the root layout's data (t() reads them from
 * page data): `common` and the parts the server load chose for the route (route-parts.ts). A
 * universal load: on the server it renders the page, in the browser it imports only those chunks
 * of that locale; the catalogue is not serialized into the HTML. It reruns when the server data
 * changes (another route), so a client navigation brings the next route's parts before it renders.
 */
export const load: LayoutLoad = async ({ data }) => ({ ...data, catalogue: await loadCatalogue(data.lang, data.parts) });
