import { keys } from '@trellis/shared/data/keys';
import { resourceBrowseKeys, titleKey } from '@trellis/shared/data/keys-resources';
import { pathIds } from '@trellis/shared/orgs/path';
import { schoolYear } from '@trellis/shared/resources/quota';
import type { ResourceDecision, ResourceRecord, ResourceStatus } from '@trellis/shared/resources/schemas';
import { tableName } from '../table/client';
import { contributionChange, ContributionMoved, readContribution } from '../contribution/contribution-store';
import { transact, type GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';
import { todoDelta } from '../todo/todo-counter-store';

const MAX_COUNT_RETRIES = 8;

/**
 * Moves a resource from one status to another, once (the condition makes two reviewers or a
 * reviewer and a takedown race safely), appending the decision to its trail.
 *
 * Publishing and taking down also move every count the work takes part in, IN THE SAME
 * TRANSACTION, so a crash or a retry can never leave them half done (a retry meets the
 * status condition and gets 409, with the counts already right):
 * - the school's quota item of the year the work counts in: the school year (Asia/Shanghai)
 *   of the decision time, stored on the resource at publish as `schoolYear`; a takedown
 *   takes it back from that same year;
 * - the teacher's contribution in the national and the province scope (the first two orgs on
 *   the school's path), with its rank key. Robust option chosen for the rank: the counts are
 *   read first and the transaction is conditional on them, so count and rank key are written
 *   together and stay exact; a concurrent change to the same teacher's count cancels the
 *   transaction and it is retried on fresh counts (nothing is written by a cancelled one).
 * - the library's browse indexes (newest and most viewed, GSI3): entered on publish, left on takedown.
 */
export async function moveResource(r: ResourceRecord, from: ResourceStatus, to: ResourceStatus, decision: ResourceDecision): Promise<void> {
  const delta = to === 'published' ? 1 : from === 'published' ? -1 : 0;
  const scopes = delta === 0 ? [] : pathIds(r.schoolPath).slice(0, 2);
  const who = { accountId: r.uploaderId, name: r.uploaderName, schoolName: r.schoolName };
  for (let attempt = 1; ; attempt++) {
    const current = await Promise.all(scopes.map((s) => readContribution(s, r.uploaderId)));
    const counted = scopes.map((s, i) => contributionChange(s, who, current[i] ?? 0, delta as 1 | -1));
    try {
      await transact([...statusItems(r, from, to, decision), ...counted, ...todoDelta([r.schoolId], 'resources', (to === 'pending' ? 1 : 0) - (from === 'pending' ? 1 : 0))]);
      return;
    } catch (error) {
      if (!(error instanceof ContributionMoved) || attempt >= MAX_COUNT_RETRIES) throw error;
    }
  }
}

function statusItems(r: ResourceRecord, from: ResourceStatus, to: ResourceStatus, decision: ResourceDecision): GuardedItem[] {
  const publish = to === 'published';
  const at = decision.at;
  const year = publish ? schoolYear(new Date(at)) : r.schoolYear;
  const byStatus = keys.resourcesBySchool(r.schoolId, to, r.createdAt, r.id);
  const newest = resourceBrowseKeys.newest(r.publishedAt ?? at, r.id);
  const items: GuardedItem[] = [
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.resource(r.id),
          UpdateExpression: `SET #status = :to, trail = list_append(trail, :d), gsi1sk = :g1, version = version + :one${
            publish ? ', publishedAt = :at, schoolYear = :year, gsi3pk = :g3pk, gsi3sk = :g3sk' : ''
          }${to === 'taken_down' ? ' REMOVE gsi3pk, gsi3sk' : ''}`,
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':to': to, ':from': from, ':d': [decision], ':g1': byStatus.gsi1sk, ':one': 1,
            ...(publish ? { ':at': r.publishedAt ?? at, ':year': year, ':g3pk': newest.gsi3pk, ':g3sk': newest.gsi3sk } : {}),
          },
        },
      },
      onConditionFailed: () => new Conflict('resource.already_decided'),
    },
  ];
  if (publish) items.push({ item: { Update: enterMostViewed(r) } });
  if (to === 'taken_down') {
    items.push({ item: { Update: { TableName: tableName(), Key: keys.resourceCounts(r.id), UpdateExpression: 'REMOVE gsi3pk, gsi3sk' } } });
  }
  if (publish || from === 'published') {
    const step = publish ? 1 : -1;
    items.push({ item: { Update: { TableName: tableName(), Key: keys.resourceQuota(r.schoolId, year), UpdateExpression: 'ADD published :step', ExpressionAttributeValues: { ':step': step } } } });
  }
  return items;
}

/**
 * On publishing, the counter item enters the most-viewed index (at zero views: nothing is
 * counted before publishing) with copies of the fields the library filters on.
 */
function enterMostViewed(r: ResourceRecord) {
  const rank = resourceBrowseKeys.mostViewed(0, r.id);
  return {
    TableName: tableName(),
    Key: keys.resourceCounts(r.id),
    UpdateExpression:
      'SET #views = if_not_exists(#views, :zero), downloads = if_not_exists(downloads, :zero), gsi3pk = :pk, gsi3sk = :sk, ' +
      'resourceId = :id, schoolPath = :path, schoolId = :school, category = :c, subject = :s, titleKey = :t',
    ExpressionAttributeNames: { '#views': 'views' },
    ExpressionAttributeValues: {
      ':zero': 0, ':pk': rank.gsi3pk, ':sk': rank.gsi3sk, ':id': r.id, ':path': r.schoolPath, ':school': r.schoolId,
      ':c': r.category, ':s': r.subject, ':t': titleKey(r.title),
    },
  };
}
