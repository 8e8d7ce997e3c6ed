import { defineRoute } from '../http/route-row';
import { onOrg, pub } from '../http/access-kinds';
import { lookupInput, cursorSchema, idSchema, orgIdParams, listPageInput, createChildOrgInput, updateOrgInput, setOrgStatusInput } from '../orgs/schemas';
import { orgSchema, pageOf } from './org';
import { lookupResultSchema, orgLinkSchema, orgWithAncestorsSchema } from './views';
import { z } from 'zod';

/** The orgs capability's routes. */
export const orgsRoutes = {
  lookup: defineRoute({
    id: 'orgs.lookup', method: 'GET', path: '/public/lookup', entry: 'orgs/handlers/lookup',
    access: pub,
    summary: "Is my org registered? Finds orgs by an exact organization code or a name prefix.",
    input: lookupInput,
    output: { 200: z.object({ items: z.array(lookupResultSchema) }) },
  }),
  publicChildren: defineRoute({
    id: 'orgs.publicChildren', method: 'GET', path: '/public/orgs/{orgId}/children', entry: 'orgs/handlers/public-children',
    access: pub,
    summary: "Public directory for the application's parent picker; `root` lists the top level.",
    input: z.object({ orgId: idSchema, cursor: cursorSchema }),
    output: { 200: pageOf(orgLinkSchema) },
  }),
  get: defineRoute({
    id: 'orgs.get', method: 'GET', path: '/orgs/{orgId}', entry: 'orgs/handlers/get',
    access: onOrg('org.read'),
    summary: "The org and its ancestors (already loaded by the policy check: no further reads).",
    input: orgIdParams,
    output: { 200: orgWithAncestorsSchema },
  }),
  children: defineRoute({
    id: 'orgs.children', method: 'GET', path: '/orgs/{orgId}/children', entry: 'orgs/handlers/children',
    access: onOrg('org.read'),
    summary: "One page of the org's direct sub-orgs.",
    input: listPageInput,
    output: { 200: pageOf(orgSchema) },
  }),
  subtree: defineRoute({
    id: 'orgs.subtree', method: 'GET', path: '/orgs/{orgId}/subtree', entry: 'orgs/handlers/subtree',
    access: onOrg('org.read'),
    summary: "One page of every org at or under the org, by path.",
    input: listPageInput,
    output: { 200: pageOf(orgSchema) },
  }),
  create: defineRoute({
    id: 'orgs.create', method: 'POST', path: '/orgs/{orgId}/children', entry: 'orgs/handlers/create',
    access: onOrg('org.create'),
    summary: "Creates a sub-org under the org, with unique slug, name (under its parent) and code.",
    input: createChildOrgInput,
    output: { 201: orgSchema },
  }),
  update: defineRoute({
    id: 'orgs.update', method: 'PATCH', path: '/orgs/{orgId}', entry: 'orgs/handlers/update',
    access: onOrg('org.update'),
    summary: "Edits the org's name, type, region, introduction or contact, if unchanged since `expectedVersion`.",
    input: updateOrgInput,
    output: { 200: orgSchema },
  }),
  status: defineRoute({
    id: 'orgs.status', method: 'PUT', path: '/orgs/{orgId}/status', entry: 'orgs/handlers/status',
    access: onOrg('org.disable'),
    summary: "Disable or re-enable a subordinate org (the policy refuses it on one's own org).",
    input: setOrgStatusInput,
    output: { 200: orgSchema },
  }),
} as const;
