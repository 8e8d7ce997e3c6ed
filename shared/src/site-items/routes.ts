import { defineRoute } from '../http/route-row';
import { onOrg, pub } from '../http/access-kinds';
import { createSiteItemInput, listSiteItemsInput, siteItemParams, updateSiteItemInput, approveSiteItemInput, recommendSiteItemInput, siteQueueInput, reviewSiteItemInput, takedownSiteItemInput, restoreSiteItemInput, siteItemImageParams, publicSiteItemsInput, publicSiteItemInput, publicSiteImageInput, siteItemViewSchema, siteItemPageSchema, queuePageSchema, publicSiteListSchema, publicSiteItemPageSchema, imageUrlSchema } from '../site-items/schemas';

/** The siteItems capability's routes. */
export const siteItemsRoutes = {
  create: defineRoute({
    id: 'siteItems.create', method: 'POST', path: '/orgs/{orgId}/site-items', entry: 'site-items/handlers/create',
    access: onOrg('siteItem.write'),
    summary: "An editor of the org writes a news item or notice: a draft, or submitted to the org's admin at once.",
    input: createSiteItemInput,
    output: { 201: siteItemViewSchema },
  }),
  list: defineRoute({
    id: 'siteItems.list', method: 'GET', path: '/orgs/{orgId}/site-items', entry: 'site-items/handlers/list',
    access: onOrg('siteItem.write'),
    summary: "The org's own items with one status (drafts, waiting, returned, published, taken down).",
    input: listSiteItemsInput,
    output: { 200: siteItemPageSchema },
  }),
  get: defineRoute({
    id: 'siteItems.get', method: 'GET', path: '/orgs/{orgId}/site-items/{itemId}', entry: 'site-items/handlers/get',
    access: onOrg('siteItem.write'),
    summary: "One item with its trail: for the author's org and every org above it.",
    input: siteItemParams,
    output: { 200: siteItemViewSchema },
  }),
  update: defineRoute({
    id: 'siteItems.update', method: 'PUT', path: '/orgs/{orgId}/site-items/{itemId}', entry: 'site-items/handlers/update',
    access: onOrg('siteItem.write'),
    summary: "Edits a draft or returned item of the org (optimistic on its version), optionally submitting it.",
    input: updateSiteItemInput,
    output: { 200: siteItemViewSchema },
  }),
  approve: defineRoute({
    id: 'siteItems.approve', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/approval', entry: 'site-items/handlers/approve',
    access: onOrg('siteItem.review'),
    summary: "The org's admin publishes a submitted item on the org's own site, or returns it with a reason.",
    input: approveSiteItemInput,
    output: { 200: siteItemViewSchema },
  }),
  recommend: defineRoute({
    id: 'siteItems.recommend', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/recommendation', entry: 'site-items/handlers/recommend',
    access: onOrg('siteItem.review'),
    summary: "The org recommends an item published (or recommended) on its site to its parent's review queue.",
    input: recommendSiteItemInput,
    output: { 200: siteItemViewSchema },
  }),
  queue: defineRoute({
    id: 'siteItems.queue', method: 'GET', path: '/orgs/{orgId}/site-review', entry: 'site-items/handlers/queue',
    access: onOrg('siteItem.review'),
    summary: "Items recommended to this org from below, waiting for its decision.",
    input: siteQueueInput,
    output: { 200: queuePageSchema },
  }),
  review: defineRoute({
    id: 'siteItems.review', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/review', entry: 'site-items/handlers/review',
    access: onOrg('siteItem.review'),
    summary: "The org publishes an item recommended to it on its own site, or rejects it with a reason.",
    input: reviewSiteItemInput,
    output: { 200: siteItemViewSchema },
  }),
  takedown: defineRoute({
    id: 'siteItems.takedown', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/takedown', entry: 'site-items/handlers/takedown',
    access: onOrg('siteItem.takedown'),
    summary: "An admin above the item's origin takes it off every site and feed, with a reason the origin is told.",
    input: takedownSiteItemInput,
    output: { 200: siteItemViewSchema },
  }),
  restore: defineRoute({
    id: 'siteItems.restore', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/restore', entry: 'site-items/handlers/restore',
    access: onOrg('siteItem.takedown'),
    summary: "An admin at the level that took an item down, or above, puts it back on every site it was published on.",
    input: restoreSiteItemInput,
    output: { 200: siteItemViewSchema },
  }),
  image: defineRoute({
    id: 'siteItems.image', method: 'GET', path: '/orgs/{orgId}/site-items/{itemId}/images/{imageId}', entry: 'site-items/handlers/image',
    access: { kind: 'policy', action: 'siteItem.write', target: 'siteItem', param: 'itemId', scope: { check: 'itemImage', param: 'imageId' } },
    summary: "An image of an item, for the preview of those who may see the item (drafts included).",
    input: siteItemImageParams,
    output: { 200: imageUrlSchema },
  }),
  publicList: defineRoute({
    id: 'siteItems.publicList', method: 'GET', path: '/public/sites/{slug}/items', entry: 'site-items/handlers/public-list',
    access: pub,
    summary: "A public site's published news, notices or items from below, newest first (none while the site is closed).",
    input: publicSiteItemsInput,
    output: { 200: publicSiteListSchema },
  }),
  publicGet: defineRoute({
    id: 'siteItems.publicGet', method: 'GET', path: '/public/sites/{slug}/items/{itemId}', entry: 'site-items/handlers/public-get',
    access: pub,
    summary: "One item as published on a public site (item null while the site is closed).",
    input: publicSiteItemInput,
    output: { 200: publicSiteItemPageSchema },
  }),
  publicImage: defineRoute({
    id: 'siteItems.publicImage', method: 'GET', path: '/public/site-images/{imageId}', entry: 'site-items/handlers/public-image',
    access: pub,
    summary: "A short-lived URL of an image of a published item whose origin site is open.",
    input: publicSiteImageInput,
    output: { 200: imageUrlSchema },
  }),
} as const;
