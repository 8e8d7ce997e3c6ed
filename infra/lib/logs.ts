import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag';

/**
 * The destination of S3 server access logs and CloudFront standard logs. CloudFront's
 * log delivery still writes with ACLs, hence `BUCKET_OWNER_PREFERRED` instead of the
 * ACL-less default; S3 log delivery uses the bucket policy CDK adds.
 */
export class AccessLogs extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      'This is the access-log bucket itself; logging it into itself would loop and another log bucket would only move the question.',
      'AwsSolutions-S1',
    );
  }
}
