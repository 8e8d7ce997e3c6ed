import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg } from '../http/access-kinds';
import { openRoundInput } from '../reporting/rounds';
import { orgParams, compareInput, roundParams, saveReportInput, submitReportInput, reviewInput, attachInput, materialParams, listReportsInput, pendingInput, remindInput } from '../reporting/schemas';

/** The reporting capability's routes. */
export const reportingRoutes = {
  openRound: defineRoute({
    id: 'reporting.openRound', method: 'POST', path: '/orgs/{orgId}/report-rounds', entry: 'reporting/handlers/open-round',
    access: onOrg('report.round'),
    summary: "reporting.openRound",
    input: openRoundInput,
    output: { 200: untypedOutput, 201: untypedOutput },
  }),
  listRounds: defineRoute({
    id: 'reporting.listRounds', method: 'GET', path: '/orgs/{orgId}/report-rounds', entry: 'reporting/handlers/list-rounds',
    access: onOrg('report.read'),
    summary: "Rounds that concern the org: its region is inside the round's scope or contains it.",
    input: orgParams,
    output: { 200: untypedOutput },
  }),
  history: defineRoute({
    id: 'reporting.history', method: 'GET', path: '/orgs/{orgId}/reports', entry: 'reporting/handlers/history',
    access: onOrg('report.read'),
    summary: "reporting.history",
    input: orgParams,
    output: { 200: untypedOutput },
  }),
  compare: defineRoute({
    id: 'reporting.compare', method: 'GET', path: '/orgs/{orgId}/report-comparison', entry: 'reporting/handlers/compare',
    access: onOrg('report.read'),
    summary: "reporting.compare",
    input: compareInput,
    output: { 200: untypedOutput },
  }),
  get: defineRoute({
    id: 'reporting.get', method: 'GET', path: '/orgs/{orgId}/reports/{roundId}', entry: 'reporting/handlers/get',
    access: onOrg('report.read'),
    summary: "reporting.get",
    input: roundParams,
    output: { 200: untypedOutput },
  }),
  save: defineRoute({
    id: 'reporting.save', method: 'PUT', path: '/orgs/{orgId}/reports/{roundId}', entry: 'reporting/handlers/save',
    access: onOrg('report.fill'),
    summary: "reporting.save",
    input: saveReportInput,
    output: { 200: untypedOutput },
  }),
  submit: defineRoute({
    id: 'reporting.submit', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/submit', entry: 'reporting/handlers/submit',
    access: onOrg('report.fill'),
    summary: "reporting.submit",
    input: submitReportInput,
    output: { 200: untypedOutput },
  }),
  return: defineRoute({
    id: 'reporting.return', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/return', entry: 'reporting/handlers/return',
    access: onOrg('report.review'),
    summary: "reporting.return",
    input: reviewInput,
    output: { 200: untypedOutput },
  }),
  approve: defineRoute({
    id: 'reporting.approve', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/approve', entry: 'reporting/handlers/approve',
    access: onOrg('report.review'),
    summary: "reporting.approve",
    input: reviewInput,
    output: { 200: untypedOutput },
  }),
  unapprove: defineRoute({
    id: 'reporting.unapprove', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/unapprove', entry: 'reporting/handlers/unapprove',
    access: onOrg('report.review'),
    summary: "reporting.unapprove",
    input: reviewInput,
    output: { 200: untypedOutput },
  }),
  accept: defineRoute({
    id: 'reporting.accept', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/accept', entry: 'reporting/handlers/accept',
    access: onOrg('report.review'),
    summary: "reporting.accept",
    input: reviewInput,
    output: { 200: untypedOutput },
  }),
  reopen: defineRoute({
    id: 'reporting.reopen', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/reopen', entry: 'reporting/handlers/reopen',
    access: onOrg('report.review'),
    summary: "reporting.reopen",
    input: reviewInput,
    output: { 200: untypedOutput },
  }),
  attach: defineRoute({
    id: 'reporting.attach', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/materials', entry: 'reporting/handlers/attach',
    access: onOrg('report.fill'),
    summary: "reporting.attach",
    input: attachInput,
    output: { 200: untypedOutput },
  }),
  material: defineRoute({
    id: 'reporting.material', method: 'GET', path: '/orgs/{orgId}/reports/{roundId}/materials/{uploadId}', entry: 'reporting/handlers/material',
    access: onOrg('report.read'),
    summary: "A short-lived link to one material attached to the report.",
    input: materialParams,
    output: { 200: untypedOutput },
  }),
  list: defineRoute({
    id: 'reporting.list', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/reports', entry: 'reporting/handlers/list-reports',
    access: onOrg('report.read'),
    summary: "A round's reports in the region, 50 a page, optionally in one state (the review queue, the export table).",
    input: listReportsInput,
    output: { 200: untypedOutput },
  }),
  pending: defineRoute({
    id: 'reporting.pending', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/pending', entry: 'reporting/handlers/pending',
    access: onOrg('report.read'),
    summary: "Orgs in the region whose report is not (re)submitted yet: one Query of the sparse index per page.",
    input: pendingInput,
    output: { 200: untypedOutput },
  }),
  remind: defineRoute({
    id: 'reporting.remind', method: 'POST', path: '/orgs/{orgId}/report-rounds/{roundId}/reminders', entry: 'reporting/handlers/remind',
    access: onOrg('report.remind'),
    summary: "reporting.remind",
    input: remindInput,
    output: { 200: untypedOutput },
  }),
  progress: defineRoute({
    id: 'reporting.progress', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/progress', entry: 'reporting/handlers/progress',
    access: onOrg('report.read'),
    summary: "reporting.progress",
    input: roundParams,
    output: { 200: untypedOutput },
  }),
  totals: defineRoute({
    id: 'reporting.totals', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/totals', entry: 'reporting/handlers/totals',
    access: onOrg('report.read'),
    summary: "reporting.totals",
    input: roundParams,
    output: { 200: untypedOutput },
  }),
} as const;
