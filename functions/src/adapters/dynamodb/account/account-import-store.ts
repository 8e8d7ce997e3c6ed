import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../table/client';
import { findAccountIdByLogin } from './account-store';

/**
 * True iff the account holding `username` was created at `orgId` by the roster import
 * `importId` (recorded on the account item when the import created it): a retried row.
 */
export async function createdByImport(username: string, importId: string, orgId: string): Promise<boolean> {
  const accountId = await findAccountIdByLogin({ username });
  if (!accountId) return false;
  const res = await ddb().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.account(accountId),
      ProjectionExpression: 'importId, homeOrgId',
      ConsistentRead: true,
    }),
  );
  return res.Item?.importId === importId && res.Item.homeOrgId === orgId;
}
