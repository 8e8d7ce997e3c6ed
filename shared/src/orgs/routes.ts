import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg, pub } from '../http/access-kinds';
import { lookupInput, cursorSchema, idSchema, orgIdParams, listPageInput, createChildOrgInput, updateOrgInput, setOrgStatusInput } from '../orgs/schemas';
import { z } from 'zod';

/** The orgs capability's routes. */
export const orgsRoutes = {
  lookup: defineRoute({
    id: 'orgs.lookup', method: 'GET', path: '/public/lookup', entry: 'orgs/handlers/lookup',
    access: pub,
    summary: "orgs.lookup",
    input: lookupInput,
    output: { 200: untypedOutput },
  }),
  publicChildren: defineRoute({
    id: 'orgs.publicChildren', method: 'GET', path: '/public/orgs/{orgId}/children', entry: 'orgs/handlers/public-children',
    access: pub,
    summary: "Public directory for the application's parent picker; `root` lists the top level.",
    input: z.object({ orgId: idSchema, cursor: cursorSchema }),
    output: { 200: untypedOutput },
  }),
  get: defineRoute({
    id: 'orgs.get', method: 'GET', path: '/orgs/{orgId}', entry: 'orgs/handlers/get',
    access: onOrg('org.read'),
    summary: "The org and its ancestors (already loaded by the policy check: no further reads).",
    input: orgIdParams,
    output: { 200: untypedOutput },
  }),
  children: defineRoute({
    id: 'orgs.children', method: 'GET', path: '/orgs/{orgId}/children', entry: 'orgs/handlers/list-children',
    access: onOrg('org.read'),
    summary: "orgs.children",
    input: listPageInput,
    output: { 200: untypedOutput },
  }),
  subtree: defineRoute({
    id: 'orgs.subtree', method: 'GET', path: '/orgs/{orgId}/subtree', entry: 'orgs/handlers/list-subtree',
    access: onOrg('org.read'),
    summary: "orgs.subtree",
    input: listPageInput,
    output: { 200: untypedOutput },
  }),
  create: defineRoute({
    id: 'orgs.create', method: 'POST', path: '/orgs/{orgId}/children', entry: 'orgs/handlers/create-child',
    access: onOrg('org.create'),
    summary: "orgs.create",
    input: createChildOrgInput,
    output: { 201: untypedOutput },
  }),
  update: defineRoute({
    id: 'orgs.update', method: 'PATCH', path: '/orgs/{orgId}', entry: 'orgs/handlers/update',
    access: onOrg('org.update'),
    summary: "orgs.update",
    input: updateOrgInput,
    output: { 200: untypedOutput },
  }),
  status: defineRoute({
    id: 'orgs.status', method: 'PUT', path: '/orgs/{orgId}/status', entry: 'orgs/handlers/set-status',
    access: onOrg('org.disable'),
    summary: "Disable or re-enable a subordinate org (the policy refuses it on one's own org).",
    input: setOrgStatusInput,
    output: { 200: untypedOutput },
  }),
} as const;
