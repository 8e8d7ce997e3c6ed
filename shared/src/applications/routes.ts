import { defineRoute } from '../http/route-row';
import { onOrg, pub } from '../http/access-kinds';
import {
  applicationInput, applicationNumberSchema, listApplicationsInput, decisionInput, applicationPublicViewSchema, applicationViewSchema,
  applicationListSchema,
} from '../applications/schemas';
import { z } from 'zod';

/** The applications capability's routes. */
export const applicationsRoutes = {
  apply: defineRoute({
    id: 'applications.apply', method: 'POST', path: '/public/applications', entry: 'applications/handlers/apply',
    access: pub,
    summary: "An org applies to join under a parent, with its admin's login; answers the application number.",
    input: applicationInput,
    output: { 201: z.object({ number: z.string() }) },
  }),
  status: defineRoute({
    id: 'applications.status', method: 'GET', path: '/public/applications/{number}', entry: 'applications/handlers/status',
    access: pub,
    summary: "The applicant's public status page: the number is the (unguessable) capability.",
    input: z.object({ number: applicationNumberSchema }),
    output: { 200: applicationPublicViewSchema },
  }),
  list: defineRoute({
    id: 'applications.list', method: 'GET', path: '/orgs/{orgId}/applications', entry: 'applications/handlers/list',
    access: onOrg('application.decide'),
    summary: "The approvals inbox: applications under the org's subtree, with the pending count.",
    input: listApplicationsInput,
    output: { 200: applicationListSchema },
  }),
  decide: defineRoute({
    id: 'applications.decide', method: 'POST', path: '/applications/{applicationId}/decision', entry: 'applications/handlers/decide',
    access: { kind: 'policy', action: 'application.decide', target: 'application', param: 'applicationId' },
    summary: "The parent's admins approve (provisioning the org, its admin and site) or reject a pending application, once.",
    input: decisionInput,
    output: { 200: applicationViewSchema },
  }),
} as const;
