import type { Page } from '@trellis/shared/orgs/org';
import type { Contribution } from '@trellis/shared/resources/schemas';
import { topContributors } from '../adapters/dynamodb/contribution/contribution-store';

/** 名师推荐: the teachers with the most published works in a scope (the nation or a province), most first. */
export function topContributorsOf(scopeId: string, cursor?: string): Promise<Page<Contribution>> {
  return topContributors(scopeId, cursor);
}
