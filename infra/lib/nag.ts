import { CfnElement, DefaultStackSynthesizer, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag v3 reads acknowledgements from `Validations.of(scope).acknowledge()` on the
 * flagged resource or any ancestor, one finding id at a time (no prefix matching). These
 * helpers spell the ids the way cdk-nag flattens CloudFormation references.
 */

/** Acknowledges each rule id on `scope` (and everything below it) with one reason. */
export function acknowledge(scope: IConstruct, reason: string, ...ids: string[]): void {
  Validations.of(scope).acknowledge(...ids.map((id) => ({ id, reason })));
}

/** The `AwsSolutions-IAM5[...]` finding ids for wildcard actions or resources. */
export const wildcards = (...findings: string[]): string[] =>
  findings.map((finding) => `AwsSolutions-IAM5[${finding}]`);

/** `<LogicalId.Arn>`: how cdk-nag prints `Fn::GetAtt` of a construct's CloudFormation resource. */
export function arnRef(resource: IConstruct): string {
  const cfn = resource.node.defaultChild;
  if (!(cfn instanceof CfnElement)) throw new Error(`${resource.node.path} has no CloudFormation resource`);
  return `<${Stack.of(resource).resolve(cfn.logicalId)}.Arn>`;
}

/** The managed policy every Lambda role gets for writing its own CloudWatch logs. */
export const LAMBDA_BASIC_EXECUTION =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** The CDK bootstrap assets bucket, as referenced by CDK's own asset-reading grants. */
export function bootstrapAssetsObjects(scope: IConstruct): string {
  const qualifier: string =
    Stack.of(scope).node.tryGetContext('@aws-cdk/core:bootstrapQualifier') ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  return `Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-<AWS::Region>/*`;
}
