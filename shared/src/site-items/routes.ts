import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg, pub } from '../http/access-kinds';
import { createSiteItemInput, listSiteItemsInput, siteItemParams, updateSiteItemInput, approveSiteItemInput, recommendSiteItemInput, siteQueueInput, reviewSiteItemInput, takedownSiteItemInput, restoreSiteItemInput, siteItemImageParams, publicSiteItemsInput, publicSiteItemInput, publicSiteImageInput } from '../site-items/schemas';

/** The siteItems capability's routes. */
export const siteItemsRoutes = {
  create: defineRoute({
    id: 'siteItems.create', method: 'POST', path: '/orgs/{orgId}/site-items', entry: 'site-items/handlers/create',
    access: onOrg('siteItem.write'),
    summary: "siteItems.create",
    input: createSiteItemInput,
    output: { 201: untypedOutput },
  }),
  list: defineRoute({
    id: 'siteItems.list', method: 'GET', path: '/orgs/{orgId}/site-items', entry: 'site-items/handlers/list',
    access: onOrg('siteItem.write'),
    summary: "The org's own items with one status (drafts, waiting, returned, published, taken down).",
    input: listSiteItemsInput,
    output: { 200: untypedOutput },
  }),
  get: defineRoute({
    id: 'siteItems.get', method: 'GET', path: '/orgs/{orgId}/site-items/{itemId}', entry: 'site-items/handlers/get',
    access: onOrg('siteItem.write'),
    summary: "One item with its trail: for the author's org and every org above it.",
    input: siteItemParams,
    output: { 200: untypedOutput },
  }),
  update: defineRoute({
    id: 'siteItems.update', method: 'PUT', path: '/orgs/{orgId}/site-items/{itemId}', entry: 'site-items/handlers/update',
    access: onOrg('siteItem.write'),
    summary: "siteItems.update",
    input: updateSiteItemInput,
    output: { 200: untypedOutput },
  }),
  approve: defineRoute({
    id: 'siteItems.approve', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/approval', entry: 'site-items/handlers/approve',
    access: onOrg('siteItem.review'),
    summary: "siteItems.approve",
    input: approveSiteItemInput,
    output: { 200: untypedOutput },
  }),
  recommend: defineRoute({
    id: 'siteItems.recommend', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/recommendation', entry: 'site-items/handlers/recommend',
    access: onOrg('siteItem.review'),
    summary: "siteItems.recommend",
    input: recommendSiteItemInput,
    output: { 200: untypedOutput },
  }),
  queue: defineRoute({
    id: 'siteItems.queue', method: 'GET', path: '/orgs/{orgId}/site-review', entry: 'site-items/handlers/queue',
    access: onOrg('siteItem.review'),
    summary: "Items recommended to this org from below, waiting for its decision.",
    input: siteQueueInput,
    output: { 200: untypedOutput },
  }),
  review: defineRoute({
    id: 'siteItems.review', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/review', entry: 'site-items/handlers/review',
    access: onOrg('siteItem.review'),
    summary: "siteItems.review",
    input: reviewSiteItemInput,
    output: { 200: untypedOutput },
  }),
  takedown: defineRoute({
    id: 'siteItems.takedown', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/takedown', entry: 'site-items/handlers/takedown',
    access: onOrg('siteItem.takedown'),
    summary: "siteItems.takedown",
    input: takedownSiteItemInput,
    output: { 200: untypedOutput },
  }),
  restore: defineRoute({
    id: 'siteItems.restore', method: 'POST', path: '/orgs/{orgId}/site-items/{itemId}/restore', entry: 'site-items/handlers/restore',
    access: onOrg('siteItem.takedown'),
    summary: "siteItems.restore",
    input: restoreSiteItemInput,
    output: { 200: untypedOutput },
  }),
  image: defineRoute({
    id: 'siteItems.image', method: 'GET', path: '/orgs/{orgId}/site-items/{itemId}/images/{imageId}', entry: 'site-items/handlers/image',
    access: onOrg('siteItem.write'),
    summary: "An image of an item, for the preview of those who may see the item (drafts included).",
    input: siteItemImageParams,
    output: { 200: untypedOutput },
  }),
  publicList: defineRoute({
    id: 'siteItems.publicList', method: 'GET', path: '/public/sites/{slug}/items', entry: 'site-items/handlers/public-list',
    access: pub,
    summary: "siteItems.publicList",
    input: publicSiteItemsInput,
    output: { 200: untypedOutput },
  }),
  publicGet: defineRoute({
    id: 'siteItems.publicGet', method: 'GET', path: '/public/sites/{slug}/items/{itemId}', entry: 'site-items/handlers/public-get',
    access: pub,
    summary: "siteItems.publicGet",
    input: publicSiteItemInput,
    output: { 200: untypedOutput },
  }),
  publicImage: defineRoute({
    id: 'siteItems.publicImage', method: 'GET', path: '/public/site-images/{imageId}', entry: 'site-items/handlers/public-image',
    access: pub,
    summary: "siteItems.publicImage",
    input: publicSiteImageInput,
    output: { 200: untypedOutput },
  }),
} as const;
