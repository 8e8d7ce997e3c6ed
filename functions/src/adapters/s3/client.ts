import { S3Client } from '@aws-sdk/client-s3';
import { config } from '../../config';

/** One S3 client per container; path-style against s3rver locally. */
let client: S3Client | undefined;

export function s3(): S3Client {
  if (client) return client;
  const cfg = config();
  client = new S3Client({
    region: cfg.AWS_REGION,
    ...(cfg.S3_ENDPOINT
      ? // s3rver's built-in key pair; it checks the key id, not the signature.
        { endpoint: cfg.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }
      : {}),
  });
  return client;
}

export function bucketName(): string {
  return config().BUCKET_NAME;
}
