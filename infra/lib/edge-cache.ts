import { Duration } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  ViewerProtocolPolicy,
  type BehaviorOptions,
  type FunctionAssociation,
  type IOrigin,
} from 'aws-cdk-lib/aws-cloudfront';
import { SHARED_MAX_AGE_SECONDS } from '@trellis/shared/http/edge-cache';
import { LANG_COOKIE } from '../../web/src/lib/i18n/lang';
import type { Construct } from 'constructs';

/** The public sites, their RSS and sitemaps: the only server-rendered paths CloudFront caches. */
export const PUBLIC_PAGES_PATTERN = '/o/*';

/**
 * The behaviour of the public sites (`/o/*`): cached as the web server says (`s-maxage=60` on
 * public pages, `private, no-store` on forms and errors), never longer than 60 s, nothing
 * cached by default (default TTL 0). The cache key is the path, the query string (list pages'
 * `?cursor=`) and the `lang` cookie (zh or en pages), nothing else: no session cookie and no
 * Authorization, so one visitor's variant is never served to another. The origin gets every
 * viewer header but Host (the function URL needs its own) and no cookie but `lang`, so a
 * session cookie never even reaches the server on /o: a public page cannot depend on it.
 */
export function publicPagesBehavior(scope: Construct, origin: IOrigin, functionAssociations: FunctionAssociation[]): BehaviorOptions {
  const cachePolicy = new CachePolicy(scope, 'PublicPagesCache', {
    comment: 'Trellis public sites: s-maxage from the origin, at most 60 s; key = path, query, lang cookie',
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(0),
    maxTtl: Duration.seconds(SHARED_MAX_AGE_SECONDS),
    cookieBehavior: CacheCookieBehavior.allowList(LANG_COOKIE),
    headerBehavior: CacheHeaderBehavior.none(),
    queryStringBehavior: CacheQueryStringBehavior.all(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
  const originRequestPolicy = new OriginRequestPolicy(scope, 'PublicPagesOrigin', {
    comment: 'Trellis public sites: viewer headers except Host, the query string, no cookie beyond the cache key',
    headerBehavior: OriginRequestHeaderBehavior.denyList('host'),
    cookieBehavior: OriginRequestCookieBehavior.none(),
    queryStringBehavior: OriginRequestQueryStringBehavior.all(),
  });
  return {
    origin,
    viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    // Member applications post from /o (forms work without JavaScript); only GET and HEAD are cached.
    allowedMethods: AllowedMethods.ALLOW_ALL,
    cachedMethods: CachedMethods.CACHE_GET_HEAD,
    cachePolicy,
    originRequestPolicy,
    compress: true,
    functionAssociations,
  };
}
