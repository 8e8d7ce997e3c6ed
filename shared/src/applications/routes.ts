import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg, pub } from '../http/access-kinds';
import { applicationInput, applicationNumberSchema, listApplicationsInput, decisionInput } from '../applications/schemas';
import { z } from 'zod';

/** The applications capability's routes. */
export const applicationsRoutes = {
  apply: defineRoute({
    id: 'applications.apply', method: 'POST', path: '/public/applications', entry: 'applications/handlers/apply',
    access: pub,
    summary: "applications.apply",
    input: applicationInput,
    output: { 201: untypedOutput },
  }),
  status: defineRoute({
    id: 'applications.status', method: 'GET', path: '/public/applications/{number}', entry: 'applications/handlers/status',
    access: pub,
    summary: "The applicant's public status page: the number is the (unguessable) capability.",
    input: z.object({ number: applicationNumberSchema }),
    output: { 200: untypedOutput },
  }),
  list: defineRoute({
    id: 'applications.list', method: 'GET', path: '/orgs/{orgId}/applications', entry: 'applications/handlers/list',
    access: onOrg('application.decide'),
    summary: "The approvals inbox: applications under the org's subtree, with the pending count.",
    input: listApplicationsInput,
    output: { 200: untypedOutput },
  }),
  decide: defineRoute({
    id: 'applications.decide', method: 'POST', path: '/applications/{applicationId}/decision', entry: 'applications/handlers/decide',
    access: { kind: 'policy', action: 'application.decide', target: 'application', param: 'applicationId' },
    summary: "applications.decide",
    input: decisionInput,
    output: { 200: untypedOutput },
  }),
} as const;
