import { randomUUID } from 'node:crypto';
import { CreateInvalidationCommand, type CloudFrontClient } from '@aws-sdk/client-cloudfront';
import type { EdgeInvalidation, PublicPathsChange } from '../../ports/edge-invalidation';

/**
 * One CreateInvalidation per change on the web distribution (the CDK grants exactly
 * `cloudfront:CreateInvalidation` on it and sets EDGE_DISTRIBUTION_ID). The caller reference
 * is unique per call: a change made twice is invalidated twice, which is what it needs.
 */
export function cloudFrontInvalidation(client: CloudFrontClient, distributionId: string): EdgeInvalidation {
  return {
    async invalidate(change: PublicPathsChange) {
      await client.send(new CreateInvalidationCommand({
        DistributionId: distributionId,
        InvalidationBatch: {
          CallerReference: `${change.reason}-${randomUUID()}`,
          Paths: { Quantity: change.paths.length, Items: change.paths },
        },
      }));
    },
  };
}
