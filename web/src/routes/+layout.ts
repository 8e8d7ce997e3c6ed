import type { LayoutLoad } from './$types';
import { loadCatalogue } from '#lib/i18n/load-catalogue.ts';

/**
 * Adds the active locale's messages to the root layout's data (t() reads them from page data).
 * A universal load: on the server it renders the page, in the browser it imports only that
 * locale's chunk; the catalogue is not serialized into the HTML.
 */
export const load: LayoutLoad = async ({ data }) => ({ ...data, catalogue: await loadCatalogue(data.lang) });
