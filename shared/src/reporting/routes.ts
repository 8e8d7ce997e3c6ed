import { z } from 'zod';
import { onOrg } from '../http/access-kinds';
import { defineRoute } from '../http/route-row';
import { openRoundInput, reportRoundSchema } from './rounds';
import { orgParams, compareInput, roundParams, saveReportInput, submitReportInput, reviewInput, attachInput, materialParams, listReportsInput, pendingInput, remindInput } from './schemas';
import { materialLinkSchema } from './material-link';
import { progressViewSchema, totalsViewSchema } from './region-views';
import { remindResultSchema } from './remind-result';
import { reportPageSchema, reportSummarySchema, reportViewSchema } from './report-view';
import { yearComparisonSchema } from './year-comparison';

const roundListSchema = z.object({ items: z.array(reportRoundSchema) });
const reportListSchema = z.object({ items: z.array(reportSummarySchema) });

/** The reporting capability's routes. */
export const reportingRoutes = {
  openRound: defineRoute({
    id: 'reporting.openRound', method: 'POST', path: '/orgs/{orgId}/report-rounds', entry: 'reporting/handlers/open-round',
    access: onOrg('report.round'),
    summary: "The national admin opens a round of a form for a year: 201 with the new round, 200 with the one that already exists.",
    input: openRoundInput,
    output: { 200: reportRoundSchema, 201: reportRoundSchema },
  }),
  listRounds: defineRoute({
    id: 'reporting.listRounds', method: 'GET', path: '/orgs/{orgId}/report-rounds', entry: 'reporting/handlers/list-rounds',
    access: onOrg('report.read'),
    summary: "Rounds that concern the org: its region is inside the round's scope or contains it.",
    input: orgParams,
    output: { 200: roundListSchema },
  }),
  history: defineRoute({
    id: 'reporting.history', method: 'GET', path: '/orgs/{orgId}/reports', entry: 'reporting/handlers/history',
    access: onOrg('report.read'),
    summary: "The org's own reports of every round, newest year first.",
    input: orgParams,
    output: { 200: reportListSchema },
  }),
  compare: defineRoute({
    id: 'reporting.compare', method: 'GET', path: '/orgs/{orgId}/report-comparison', entry: 'reporting/handlers/compare',
    access: onOrg('report.read'),
    summary: "Year by year, the org's own report of a form beside the totals of the region it heads.",
    input: compareInput,
    output: { 200: yearComparisonSchema },
  }),
  get: defineRoute({
    id: 'reporting.get', method: 'GET', path: '/orgs/{orgId}/reports/{roundId}', entry: 'reporting/handlers/get',
    access: onOrg('report.read'),
    summary: "The org's report in a round: data, validation issues, trail and materials.",
    input: roundParams,
    output: { 200: reportViewSchema },
  }),
  save: defineRoute({
    id: 'reporting.save', method: 'PUT', path: '/orgs/{orgId}/reports/{roundId}', entry: 'reporting/handlers/save',
    access: onOrg('report.fill'),
    summary: "Autosaves the report's form data (type-checked only) if it is still at the expected version and editable.",
    input: saveReportInput,
    output: { 200: reportViewSchema },
  }),
  submit: defineRoute({
    id: 'reporting.submit', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/submit', entry: 'reporting/handlers/submit',
    access: onOrg('report.fill'),
    summary: "Submits (or resubmits) the report once its data passes the form's strict checks.",
    input: submitReportInput,
    output: { 200: reportViewSchema },
  }),
  return: defineRoute({
    id: 'reporting.return', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/return', entry: 'reporting/handlers/return',
    access: onOrg('report.review'),
    summary: "A superior level returns a submitted report to the org with a reason.",
    input: reviewInput,
    output: { 200: reportViewSchema },
  }),
  approve: defineRoute({
    id: 'reporting.approve', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/approve', entry: 'reporting/handlers/approve',
    access: onOrg('report.review'),
    summary: "The province or national level approves a submitted report, adding it to the region totals.",
    input: reviewInput,
    output: { 200: reportViewSchema },
  }),
  unapprove: defineRoute({
    id: 'reporting.unapprove', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/unapprove', entry: 'reporting/handlers/unapprove',
    access: onOrg('report.review'),
    summary: "The approving level or above takes back an approval with a reason; the report is returned.",
    input: reviewInput,
    output: { 200: reportViewSchema },
  }),
  accept: defineRoute({
    id: 'reporting.accept', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/accept', entry: 'reporting/handlers/accept',
    access: onOrg('report.review'),
    summary: "The national level accepts an approved report.",
    input: reviewInput,
    output: { 200: reportViewSchema },
  }),
  reopen: defineRoute({
    id: 'reporting.reopen', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/reopen', entry: 'reporting/handlers/reopen',
    access: onOrg('report.review'),
    summary: "The national admin lets the org save and submit after the window closed (a recorded lock exception).",
    input: reviewInput,
    output: { 200: reportViewSchema },
  }),
  attach: defineRoute({
    id: 'reporting.attach', method: 'POST', path: '/orgs/{orgId}/reports/{roundId}/materials', entry: 'reporting/handlers/attach',
    access: onOrg('report.fill'),
    summary: "Attaches a completed upload of the org to its editable report as a case document, supporting document or photo.",
    input: attachInput,
    output: { 200: reportViewSchema },
  }),
  material: defineRoute({
    id: 'reporting.material', method: 'GET', path: '/orgs/{orgId}/reports/{roundId}/materials/{uploadId}', entry: 'reporting/handlers/material',
    access: onOrg('report.read'),
    summary: "A short-lived link to one material attached to the report.",
    input: materialParams,
    output: { 200: materialLinkSchema },
  }),
  list: defineRoute({
    id: 'reporting.list', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/reports', entry: 'reporting/handlers/list',
    access: onOrg('report.read'),
    summary: "A round's reports in the region, 50 a page, optionally in one state (the review queue, the export table).",
    input: listReportsInput,
    output: { 200: reportPageSchema },
  }),
  pending: defineRoute({
    id: 'reporting.pending', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/pending', entry: 'reporting/handlers/pending',
    access: onOrg('report.read'),
    summary: "The round's reports in the region not (re)submitted yet, 50 a page (who still has to report).",
    input: pendingInput,
    output: { 200: reportPageSchema },
  }),
  remind: defineRoute({
    id: 'reporting.remind', method: 'POST', path: '/orgs/{orgId}/report-rounds/{roundId}/reminders', entry: 'reporting/handlers/remind',
    access: onOrg('report.remind'),
    summary: "Queues one SMS to each reachable admin of every pending org in the region; a repeated request id answers the first run's result.",
    input: remindInput,
    output: { 200: remindResultSchema },
  }),
  progress: defineRoute({
    id: 'reporting.progress', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/progress', entry: 'reporting/handlers/progress',
    access: onOrg('report.read'),
    summary: "The region's progress in a round by report state, and that of each direct child with expected reports.",
    input: roundParams,
    output: { 200: progressViewSchema },
  }),
  totals: defineRoute({
    id: 'reporting.totals', method: 'GET', path: '/orgs/{orgId}/report-rounds/{roundId}/totals', entry: 'reporting/handlers/totals',
    access: onOrg('report.read'),
    summary: "The region's totals of approved reports in a round.",
    input: roundParams,
    output: { 200: totalsViewSchema },
  }),
} as const;
