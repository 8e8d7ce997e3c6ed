import { defineRoute } from '../http/route-row';
import { onOrg, pub, session } from '../http/access-kinds';
import {
  createResourceInput, schoolResourcesInput, publishedResourcesInput, resourceIdParams, reviewResourceInput, takedownResourceInput,
  resourceViewSchema, resourcePageSchema, readerResourcePageSchema, quotaProgressSchema, contributionPageSchema, openedResourceSchema, downloadedResourceSchema,
} from '../resources/schemas';
import { orgIdParams, cursorSchema, idSchema } from '../orgs/schemas';
import { z } from 'zod';
import { siteResourcesInput, siteResourceInput, siteResourcesViewSchema, siteResourceViewSchema } from '../resources/public-schemas';

/** The resources capability's routes. */
export const resourcesRoutes = {
  create: defineRoute({
    id: 'resources.create', method: 'POST', path: '/orgs/{orgId}/resources', entry: 'resources/handlers/create',
    access: onOrg('upload.create'),
    summary: "A teacher submits an uploaded work with its metadata to the school's review (contributing orgs only).",
    input: createResourceInput,
    output: { 201: resourceViewSchema },
  }),
  school: defineRoute({
    id: 'resources.school', method: 'GET', path: '/orgs/{orgId}/resources', entry: 'resources/handlers/school',
    access: onOrg('resource.review'),
    summary: "The school's works by status: the review queue (pending) and the rest.",
    input: schoolResourcesInput,
    output: { 200: resourcePageSchema },
  }),
  published: defineRoute({
    id: 'resources.published', method: 'GET', path: '/orgs/{orgId}/published-resources', entry: 'resources/handlers/published',
    access: session,
    summary: "Published works in a region (an org's subtree), by category, subject, school and title keyword, newest or most viewed first.",
    input: publishedResourcesInput,
    output: { 200: readerResourcePageSchema },
  }),
  quotas: defineRoute({
    id: 'resources.quotas', method: 'GET', path: '/orgs/{orgId}/resource-quotas', entry: 'resources/handlers/quotas',
    access: onOrg('resource.review'),
    summary: "This school year's published works against the yearly quota, for the org and every school below it.",
    input: orgIdParams,
    output: { 200: quotaProgressSchema },
  }),
  top: defineRoute({
    id: 'resources.top', method: 'GET', path: '/orgs/{orgId}/top-contributors', entry: 'resources/handlers/top',
    access: session,
    summary: "Teachers with the most published works (名师推荐), nationally (cvea) or in a province.",
    input: z.object({ orgId: idSchema, cursor: cursorSchema }),
    output: { 200: contributionPageSchema },
  }),
  get: defineRoute({
    id: 'resources.get', method: 'GET', path: '/resources/{resourceId}', entry: 'resources/handlers/get',
    access: session,
    summary: "Opens a work (published: any signed-in reader; otherwise its uploader and reviewers), counting a view once per reader and day.",
    input: resourceIdParams,
    output: { 200: openedResourceSchema },
  }),
  download: defineRoute({
    id: 'resources.download', method: 'POST', path: '/resources/{resourceId}/download', entry: 'resources/handlers/download',
    access: session,
    summary: "A short-lived attachment URL of a work's file, counting a download when it is published.",
    input: resourceIdParams,
    output: { 200: downloadedResourceSchema },
  }),
  review: defineRoute({
    id: 'resources.review', method: 'POST', path: '/resources/{resourceId}/review', entry: 'resources/handlers/review',
    access: { kind: 'policy', action: 'resource.review', target: 'resource', param: 'resourceId' },
    summary: "The school approves a pending work (published and counted) or returns it with a reason.",
    input: reviewResourceInput,
    output: { 200: resourceViewSchema },
  }),
  takedown: defineRoute({
    id: 'resources.takedown', method: 'POST', path: '/resources/{resourceId}/takedown', entry: 'resources/handlers/takedown',
    access: { kind: 'policy', action: 'resource.takedown', target: 'resource', param: 'resourceId' },
    summary: "An admin above the school takes a published work down with a reason; its counts are taken back.",
    input: takedownResourceInput,
    output: { 200: resourceViewSchema },
  }),
  publicList: defineRoute({
    id: 'resources.publicList', method: 'GET', path: '/public/sites/{slug}/resources', entry: 'resources/handlers/public-list',
    access: pub,
    summary: "A school's public site: its published works marked public on the site (none while the site is closed).",
    input: siteResourcesInput,
    output: { 200: siteResourcesViewSchema },
  }),
  publicGet: defineRoute({
    id: 'resources.publicGet', method: 'GET', path: '/public/sites/{slug}/resources/{resourceId}', entry: 'resources/handlers/public-get',
    access: pub,
    summary: "One public work of a school's site with a short-lived playback URL, counting a view once per visitor and day.",
    input: siteResourceInput,
    output: { 200: siteResourceViewSchema },
  }),
} as const;
