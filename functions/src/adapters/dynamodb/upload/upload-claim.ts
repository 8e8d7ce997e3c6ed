import { keys } from '@trellis/shared/data/keys';
import { tableName } from '../table/client';
import type { GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';

/**
 * The transaction item that marks a completed upload as used by one resource: it succeeds
 * once per upload (attribute_not_exists(usedBy)), so one file (or cover) can back only one
 * work, and only while it is completed (not discarded). The upload leaves its uploader's list of
 * uploads that still need them. Raised when taken: `<field code>.already_used`, e.g. `upload.already_used`.
 */
export function claimUpload(uploadId: string, resourceId: string, code: string): GuardedItem {
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.upload(uploadId),
        UpdateExpression: 'SET usedBy = :r REMOVE gsi1pk, gsi1sk',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedBy) AND #status = :completed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':r': resourceId, ':completed': 'completed' },
      },
    },
    onConditionFailed: () => new Conflict(code),
  };
}
