import { firstFreeSlug } from '../adapters/dynamodb/org/org-store';
import { Conflict } from '../errors';
import { suggestedAddresses } from './address-suggestion';

/**
 * Runs `write` (a transaction that puts the slug guard conditionally) with a site address: the
 * one asked for (its 409 `slug.taken` passes through), or the first free suggestion from the
 * name (one BatchGet), trying the next when a concurrent writer takes it first, and `fallback`
 * (an id, always free) when every suggestion is held. Returns the address written.
 */
export async function writeWithAddress(name: string, wanted: string | undefined, fallback: string, write: (slug: string) => Promise<void>): Promise<string> {
  if (wanted) {
    await write(wanted);
    return wanted;
  }
  let candidates = suggestedAddresses(name);
  for (let attempt = 0; attempt < 3; attempt++) {
    const slug = await firstFreeSlug(candidates);
    if (!slug) break;
    try {
      await write(slug);
      return slug;
    } catch (error) {
      if (!(error instanceof Conflict && error.code === 'slug.taken')) throw error;
      candidates = candidates.filter((c) => c !== slug);
    }
  }
  await write(fallback);
  return fallback;
}
