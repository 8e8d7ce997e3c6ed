import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg, pub, session } from '../http/access-kinds';
import { createResourceInput, schoolResourcesInput, publishedResourcesInput, resourceIdParams, reviewResourceInput, takedownResourceInput } from '../resources/schemas';
import { orgIdParams, cursorSchema, idSchema } from '../orgs/schemas';
import { z } from 'zod';
import { siteResourcesInput, siteResourceInput } from '../resources/public-schemas';

/** The resources capability's routes. */
export const resourcesRoutes = {
  create: defineRoute({
    id: 'resources.create', method: 'POST', path: '/orgs/{orgId}/resources', entry: 'resources/handlers/create',
    access: onOrg('upload.create'),
    summary: "resources.create",
    input: createResourceInput,
    output: { 201: untypedOutput },
  }),
  school: defineRoute({
    id: 'resources.school', method: 'GET', path: '/orgs/{orgId}/resources', entry: 'resources/handlers/list-school',
    access: onOrg('resource.review'),
    summary: "The school's works by status: the review queue (pending) and the rest.",
    input: schoolResourcesInput,
    output: { 200: untypedOutput },
  }),
  published: defineRoute({
    id: 'resources.published', method: 'GET', path: '/orgs/{orgId}/published-resources', entry: 'resources/handlers/list-published',
    access: session,
    summary: "Published works anywhere in the system: in a region (an org's subtree), by category,",
    input: publishedResourcesInput,
    output: { 200: untypedOutput },
  }),
  quotas: defineRoute({
    id: 'resources.quotas', method: 'GET', path: '/orgs/{orgId}/resource-quotas', entry: 'resources/handlers/quotas',
    access: onOrg('resource.review'),
    summary: "resources.quotas",
    input: orgIdParams,
    output: { 200: untypedOutput },
  }),
  top: defineRoute({
    id: 'resources.top', method: 'GET', path: '/orgs/{orgId}/top-contributors', entry: 'resources/handlers/top-contributors',
    access: session,
    summary: "名师推荐: teachers with the most published works, nationally (cvea) or in a province.",
    input: z.object({ orgId: idSchema, cursor: cursorSchema }),
    output: { 200: untypedOutput },
  }),
  get: defineRoute({
    id: 'resources.get', method: 'GET', path: '/resources/{resourceId}', entry: 'resources/handlers/get',
    access: session,
    summary: "resources.get",
    input: resourceIdParams,
    output: { 200: untypedOutput },
  }),
  download: defineRoute({
    id: 'resources.download', method: 'POST', path: '/resources/{resourceId}/download', entry: 'resources/handlers/download',
    access: session,
    summary: "resources.download",
    input: resourceIdParams,
    output: { 200: untypedOutput },
  }),
  review: defineRoute({
    id: 'resources.review', method: 'POST', path: '/resources/{resourceId}/review', entry: 'resources/handlers/review',
    access: { kind: 'policy', action: 'resource.review', target: 'resource', param: 'resourceId' },
    summary: "resources.review",
    input: reviewResourceInput,
    output: { 200: untypedOutput },
  }),
  takedown: defineRoute({
    id: 'resources.takedown', method: 'POST', path: '/resources/{resourceId}/takedown', entry: 'resources/handlers/takedown',
    access: { kind: 'policy', action: 'resource.takedown', target: 'resource', param: 'resourceId' },
    summary: "resources.takedown",
    input: takedownResourceInput,
    output: { 200: untypedOutput },
  }),
  publicList: defineRoute({
    id: 'resources.publicList', method: 'GET', path: '/public/sites/{slug}/resources', entry: 'resources/handlers/public-list',
    access: pub,
    summary: "resources.publicList",
    input: siteResourcesInput,
    output: { 200: untypedOutput },
  }),
  publicGet: defineRoute({
    id: 'resources.publicGet', method: 'GET', path: '/public/sites/{slug}/resources/{resourceId}', entry: 'resources/handlers/public-get',
    access: pub,
    summary: "resources.publicGet",
    input: siteResourceInput,
    output: { 200: untypedOutput },
  }),
} as const;
