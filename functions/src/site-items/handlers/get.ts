import type { Org } from '@trellis/shared/org/org';
import { siteItemParams } from '@trellis/shared/site-items/schemas';
import { route } from '../../http/route';
import { itemUnder } from '../scope';

/** One item with its trail: for the author's org and every org above it. */
export const handler = route('siteItems.get', siteItemParams, ({ input, target }) => itemUnder(target<Org>().record, input.itemId));
