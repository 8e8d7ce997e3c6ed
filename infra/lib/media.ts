import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { INCOMPLETE_UPLOAD_DAYS } from '@trellis/shared/uploads/lifecycle';

export interface MediaProps {
  /** Where S3 server access logs go (prefix `media/`). */
  readonly logBucket: IBucket;
}

/**
 * Media files (<= 300 MB) that browsers upload and download directly with presigned URLs,
 * multipart for large files. Nothing is public; every request must be signed and use TLS.
 */
export class Media extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: MediaProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: false,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 'media/',
      // An abandoned multipart upload keeps billing for its parts until it is aborted. The API
      // answers `upload.expired` to uploads older than this window (one shared constant).
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(INCOMPLETE_UPLOAD_DAYS) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Lets pages served from `origins` PUT parts and GET/HEAD objects with presigned URLs.
   * `ETag` is exposed because the browser must report each part's ETag to complete a
   * multipart upload.
   */
  allowOrigins(origins: string[]): void {
    this.bucket.addCorsRule({
      allowedOrigins: origins,
      allowedMethods: [HttpMethods.GET, HttpMethods.PUT, HttpMethods.HEAD],
      allowedHeaders: ['*'],
      exposedHeaders: ['ETag'],
      maxAge: 3000,
    });
  }
}
