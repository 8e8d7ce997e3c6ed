import { defineRoute } from '../http/route-row';
import { onOrg, pub } from '../http/access-kinds';
import {
  memberApplyInput, memberNumberSchema, publicMembersInput, listMembersInput, memberParams, decideMemberInput, updateMemberInput, endMemberInput,
  memberApplicationSchema, memberPublicStatusSchema, memberViewPageSchema, memberViewSchema, publicMembersViewSchema,
} from '../members/schemas';
import { z } from 'zod';

/** The members capability's routes. */
export const membersRoutes = {
  apply: defineRoute({
    id: 'members.apply', method: 'POST', path: '/public/sites/{slug}/member-applications', entry: 'members/handlers/apply',
    access: pub,
    summary: "A unit applies to join the org whose site this is; answers the application's number (a captcha after a few per IP).",
    input: memberApplyInput,
    output: { 201: memberApplicationSchema },
  }),
  status: defineRoute({
    id: 'members.status', method: 'GET', path: '/public/member-applications/{number}', entry: 'members/handlers/status',
    access: pub,
    summary: "An application's status for the applicant, by its unguessable number; no contact details.",
    input: z.object({ number: memberNumberSchema }),
    output: { 200: memberPublicStatusSchema },
  }),
  publicList: defineRoute({
    id: 'members.publicList', method: 'GET', path: '/public/sites/{slug}/members', entry: 'members/handlers/public-list',
    access: pub,
    summary: "The site's public member page: approved units by join date, with the total (nothing when the site is closed).",
    input: publicMembersInput,
    output: { 200: publicMembersViewSchema },
  }),
  list: defineRoute({
    id: 'members.list', method: 'GET', path: '/orgs/{orgId}/member-units', entry: 'members/handlers/list',
    access: onOrg('member.manage'),
    summary: "The admin's list of the org's member units by status, with a search over name, code and number.",
    input: listMembersInput,
    output: { 200: memberViewPageSchema },
  }),
  get: defineRoute({
    id: 'members.get', method: 'GET', path: '/orgs/{orgId}/member-units/{memberId}', entry: 'members/handlers/get',
    access: onOrg('member.manage'),
    summary: 'One member unit of the org with its contact details, as its admins see it.',
    input: memberParams,
    output: { 200: memberViewSchema },
  }),
  decide: defineRoute({
    id: 'members.decide', method: 'POST', path: '/orgs/{orgId}/member-units/{memberId}/decision', entry: 'members/handlers/decide',
    access: onOrg('member.manage'),
    summary: 'Approve or reject (with a reason) a pending application; of two admins deciding at once one gets 409.',
    input: decideMemberInput,
    output: { 200: memberViewSchema },
  }),
  update: defineRoute({
    id: 'members.update', method: 'PATCH', path: '/orgs/{orgId}/member-units/{memberId}', entry: 'members/handlers/update',
    access: onOrg('member.manage'),
    summary: "Edit a member unit's information if nobody changed it since the expected version.",
    input: updateMemberInput,
    output: { 200: memberViewSchema },
  }),
  end: defineRoute({
    id: 'members.end', method: 'POST', path: '/orgs/{orgId}/member-units/{memberId}/end', entry: 'members/handlers/end',
    access: onOrg('member.manage'),
    summary: 'End a membership with a reason: it leaves the public page and its code is free again.',
    input: endMemberInput,
    output: { 200: memberViewSchema },
  }),
} as const;
