import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { acknowledge, arnRef, wildcards } from './nag';

/**
 * Binding a resource to a function sets the environment variable the function reads
 * (functions/src/config.ts) and the IAM grant in one call, so the two never drift apart.
 * The wildcards the CDK grants produce are acknowledged here, next to their cause.
 */
export type Access = 'read' | 'readWrite';

export function bindTable(fn: LambdaFunction, table: ITable, access: Access): void {
  fn.addEnvironment('TABLE_NAME', table.tableName);
  if (access === 'read') table.grantReadData(fn);
  else table.grantReadWriteData(fn);
  acknowledge(
    fn,
    'Queries go through the GSIs of this one table; `index/*` names exactly its indexes.',
    ...wildcards(`Resource::${arnRef(table)}/index/*`),
  );
}

export function bindBucket(fn: LambdaFunction, bucket: IBucket, access: Access): void {
  fn.addEnvironment('BUCKET_NAME', bucket.bucketName);
  if (access === 'read') bucket.grantRead(fn);
  else bucket.grantReadWrite(fn);
  const actions = ['s3:GetObject*', 's3:GetBucket*', 's3:List*'];
  if (access === 'readWrite') actions.push('s3:DeleteObject*', 's3:Abort*');
  acknowledge(
    fn,
    'Objects have generated keys under this one bucket; presigned multipart uploads need Abort/List on any of them.',
    ...wildcards(`Resource::${arnRef(bucket)}/*`, ...actions.map((action) => `Action::${action}`)),
  );
}

/**
 * SMS goes straight to phone numbers through SNS (`SMS_MODE=sns`). Publishing to a phone
 * number has no topic ARN to scope the grant to, so the resource must be `*`; the caller
 * acknowledges `AwsSolutions-IAM5[Resource::*]` together with its other account-level grants.
 */
export function bindSms(fn: LambdaFunction): void {
  fn.addEnvironment('SMS_MODE', 'sns');
  fn.addToRolePolicy(new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
}

/**
 * Functions whose changes alter public site pages invalidate them at the edge
 * (functions/src/edge/): the distribution's id and `cloudfront:CreateInvalidation` on exactly
 * that distribution.
 */
export function bindEdge(fn: LambdaFunction, distribution: IDistribution): void {
  fn.addEnvironment('EDGE_DISTRIBUTION_ID', distribution.distributionId);
  distribution.grantCreateInvalidation(fn);
}
