import { keys, type Key } from '@trellis/shared/data/keys';
import { tableName } from '../table/client';
import type { SessionAccount } from '@trellis/shared/accounts/account-record';
import type { SessionRecord } from '@trellis/shared/auth/session-record';
import { sessionItem } from '../session/session-store';
import { transact } from '../table/transact';
import { Conflict, ValidationError } from '../../../errors';

export interface PasswordChange {
  account: SessionAccount;
  passwordHash: string;
  /** The session the change is made from; it is replaced by `next`. */
  oldTokenHash: string;
  /** A fresh session at the new epoch (`next.epoch`), so the person stays signed in. */
  next: SessionRecord;
  idleMs: number;
}

/**
 * One transaction: the new password and session epoch on the account (only if the account
 * is still at the version it was read at), the fresh session in, the old session out. Every
 * other session of the account is refused from then on because its epoch is older.
 */
export async function replacePasswordAndSession(c: PasswordChange): Promise<void> {
  const table = tableName();
  await transact([
    {
      item: {
        Update: {
          TableName: table,
          Key: keys.account(c.account.id),
          UpdateExpression:
            'SET passwordHash = :h, mustChangePassword = :false, version = version + :one, updatedAt = :now, sessionEpoch = :epoch',
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: {
            ':h': c.passwordHash, ':false': false, ':one': 1, ':now': new Date().toISOString(),
            ':epoch': c.next.epoch ?? 0, ':expected': c.account.version,
          },
        },
      },
      onConditionFailed: () => new Conflict('conflict.version'),
    },
    {
      item: {
        Put: { TableName: table, Item: sessionItem(c.next, c.idleMs), ConditionExpression: 'attribute_not_exists(pk)' },
      },
    },
    { item: { Delete: { TableName: table, Key: keys.session(c.oldTokenHash) } } },
  ]);
}

/**
 * A password reset by SMS code, in one transaction: the code is used up (once only), and the
 * account takes the new password only if it still has this number, verified, and is active
 * (an admin may have moved the number or disabled the account since the code was sent).
 * Either condition failing answers like a wrong code. The session epoch moves on.
 */
export async function resetPasswordByCode(codeKey: Key, codeHash: string, accountId: string, phone: string, passwordHash: string): Promise<void> {
  const invalid = () => new ValidationError({ code: ['code.invalid'] });
  await transact([
    {
      item: {
        Delete: {
          TableName: tableName(), Key: codeKey,
          ConditionExpression: 'codeHash = :codeHash', ExpressionAttributeValues: { ':codeHash': codeHash },
        },
      },
      onConditionFailed: invalid,
    },
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.account(accountId),
          UpdateExpression:
            'SET passwordHash = :h, mustChangePassword = :false, version = version + :one, updatedAt = :now ADD sessionEpoch :one',
          ConditionExpression: 'phone = :phone AND phoneVerified = :true AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':h': passwordHash, ':false': false, ':true': true, ':one': 1, ':now': new Date().toISOString(),
            ':phone': phone, ':active': 'active',
          },
        },
      },
      onConditionFailed: invalid,
    },
  ]);
}
