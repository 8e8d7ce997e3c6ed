import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg, pub } from '../http/access-kinds';
import { memberApplyInput, memberNumberSchema, publicMembersInput, listMembersInput, memberParams, decideMemberInput, updateMemberInput, endMemberInput } from '../members/schemas';
import { z } from 'zod';

/** The members capability's routes. */
export const membersRoutes = {
  apply: defineRoute({
    id: 'members.apply', method: 'POST', path: '/public/sites/{slug}/member-applications', entry: 'members/handlers/apply',
    access: pub,
    summary: "members.apply",
    input: memberApplyInput,
    output: { 201: untypedOutput },
  }),
  status: defineRoute({
    id: 'members.status', method: 'GET', path: '/public/member-applications/{number}', entry: 'members/handlers/status',
    access: pub,
    summary: "The applicant's status page: the number is the (unguessable) capability; no contact details.",
    input: z.object({ number: memberNumberSchema }),
    output: { 200: untypedOutput },
  }),
  publicList: defineRoute({
    id: 'members.publicList', method: 'GET', path: '/public/sites/{slug}/members', entry: 'members/handlers/public-list',
    access: pub,
    summary: "members.publicList",
    input: publicMembersInput,
    output: { 200: untypedOutput },
  }),
  list: defineRoute({
    id: 'members.list', method: 'GET', path: '/orgs/{orgId}/member-units', entry: 'members/handlers/list',
    access: onOrg('member.manage'),
    summary: "The admin's list of the org's member units by status, with a search over name, code and number.",
    input: listMembersInput,
    output: { 200: untypedOutput },
  }),
  get: defineRoute({
    id: 'members.get', method: 'GET', path: '/orgs/{orgId}/member-units/{memberId}', entry: 'members/handlers/get',
    access: onOrg('member.manage'),
    summary: "members.get",
    input: memberParams,
    output: { 200: untypedOutput },
  }),
  decide: defineRoute({
    id: 'members.decide', method: 'POST', path: '/orgs/{orgId}/member-units/{memberId}/decision', entry: 'members/handlers/decide',
    access: onOrg('member.manage'),
    summary: "members.decide",
    input: decideMemberInput,
    output: { 200: untypedOutput },
  }),
  update: defineRoute({
    id: 'members.update', method: 'PATCH', path: '/orgs/{orgId}/member-units/{memberId}', entry: 'members/handlers/update',
    access: onOrg('member.manage'),
    summary: "members.update",
    input: updateMemberInput,
    output: { 200: untypedOutput },
  }),
  end: defineRoute({
    id: 'members.end', method: 'POST', path: '/orgs/{orgId}/member-units/{memberId}/end', entry: 'members/handlers/end',
    access: onOrg('member.manage'),
    summary: "members.end",
    input: endMemberInput,
    output: { 200: untypedOutput },
  }),
} as const;
