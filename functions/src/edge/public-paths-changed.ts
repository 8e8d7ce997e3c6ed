import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { sitesPaths } from '@trellis/shared/sites/public-paths';
import { config } from '../config';
import { cloudFrontInvalidation } from '../adapters/cloudfront/cloudfront-invalidation';
import { loggedInvalidation } from '../adapters/edge-log/logged-invalidation';
import type { EdgeInvalidation } from '../ports/edge-invalidation';

let port: EdgeInvalidation | undefined;

/** CloudFront when the CDK bound a distribution (EDGE_DISTRIBUTION_ID), else the local logger; once per container. */
export function edgeFromConfig(): EdgeInvalidation {
  if (port) return port;
  const { EDGE_DISTRIBUTION_ID: id, AWS_REGION: region } = config();
  // CloudFront's API is global per partition: the SDK's endpoint rules map the function's own
  // region to cloudfront.amazonaws.com (signed for us-east-1), or to the China endpoint in cn-*.
  port = id ? cloudFrontInvalidation(new CloudFrontClient({ region, maxAttempts: 3 }), id) : loggedInvalidation;
  return port;
}

/**
 * Tells the edge that the public pages of these sites changed: one invalidation with every
 * path of the change, right after the change is stored. A failure (CloudFront throttling its
 * 15 wildcard invalidations in progress, an outage) is logged and not raised: the change is
 * already stored, and the shared cache lifetime (s-maxage=60, at most 60 s by the cache
 * policy's maximum TTL) bounds how long a page can stay stale without it.
 */
export async function sitesChanged(reason: string, slugs: Iterable<string>, edge: EdgeInvalidation = edgeFromConfig()): Promise<void> {
  const paths = sitesPaths(slugs);
  if (paths.length === 0) return;
  try {
    await edge.invalidate({ reason, paths });
  } catch (error) {
    console.error(JSON.stringify({ edgeInvalidationFailed: reason, paths, error: error instanceof Error ? error.name : 'unknown' }));
  }
}
