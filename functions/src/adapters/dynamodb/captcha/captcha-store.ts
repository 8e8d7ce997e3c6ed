import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../table/client';

export async function putCaptcha(id: string, answerHash: string, expiresAt: number): Promise<void> {
  await ddb().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.captcha(id), answerHash, expiresAt, ttl: Math.ceil(expiresAt / 1000) },
    }),
  );
}

/** Removes and returns the captcha: each captcha can be tried once. */
export async function takeCaptcha(id: string): Promise<{ answerHash: string; expiresAt: number } | null> {
  const res = await ddb().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.captcha(id), ReturnValues: 'ALL_OLD' }),
  );
  return res.Attributes ? { answerHash: String(res.Attributes.answerHash), expiresAt: Number(res.Attributes.expiresAt) } : null;
}
