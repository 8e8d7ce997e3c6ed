/**
 * The edge-invalidation port: the domain says which public paths a change altered, once per
 * change with every path of it, and the adapter removes them from the CDN's caches.
 * CloudFront CreateInvalidation in AWS (adapters/cloudfront), a logging recorder locally
 * (adapters/edge-log). Paths are CloudFront invalidation paths: absolute, `*` only at the end.
 */
export interface PublicPathsChange {
  /** What happened, in kebab case for the log (`site-item-taken-down`). */
  reason: string;
  paths: string[];
}

export interface EdgeInvalidation {
  invalidate(change: PublicPathsChange): Promise<void>;
}
