import { defineRoute, noContent } from '../http/route-row';
import { onOrg, session } from '../http/access-kinds';
import {
  myUploadsInput, myUploadsPageSchema, createUploadInput, signPartsInput, recordPartInput, uploadIdParams, completeUploadInput, signedPartsSchema, uploadedPartsSchema, uploadViewSchema,
} from '../uploads/schemas';

/** The policy on the upload's org, and only for the account that started it. */
const ownUpload = {
  kind: 'policy', action: 'upload.create', target: 'upload', param: 'uploadId', scope: { check: 'uploadOwner', param: 'uploadId' },
  mine: defineRoute({
    id: 'uploads.mine', method: 'GET', path: '/me/uploads', entry: 'uploads/handlers/mine',
    access: session,
    summary: 'My uploads that still need me, newest first: unfinished ones (with the bytes stored so far) and finished ones not yet submitted to the library.',
    input: myUploadsInput,
    output: { 200: myUploadsPageSchema },
  }),
} as const;

/** The uploads capability's routes. */
export const uploadsRoutes = {
  create: defineRoute({
    id: 'uploads.create', method: 'POST', path: '/orgs/{orgId}/uploads', entry: 'uploads/handlers/create',
    access: onOrg('upload.create'),
    summary: "Start a direct multipart upload to the org's storage; the declared type and size are checked against the purpose.",
    input: createUploadInput,
    output: { 201: uploadViewSchema },
  }),
  sign: defineRoute({
    id: 'uploads.sign', method: 'POST', path: '/uploads/{uploadId}/sign', entry: 'uploads/handlers/sign',
    access: ownUpload,
    summary: "Presigned URLs for the given parts of my open upload, each bound to its part's exact size (15 minutes).",
    input: signPartsInput,
    output: { 200: signedPartsSchema },
  }),
  recordPart: defineRoute({
    id: 'uploads.recordPart', method: 'PUT', path: '/uploads/{uploadId}/parts/{partNumber}', entry: 'uploads/handlers/record-part',
    access: ownUpload,
    summary: 'Record a part the browser stored (its ETag and exact size); answers the parts stored so far.',
    input: recordPartInput,
    output: { 200: uploadedPartsSchema },
  }),
  listParts: defineRoute({
    id: 'uploads.listParts', method: 'GET', path: '/uploads/{uploadId}/parts', entry: 'uploads/handlers/list-parts',
    access: ownUpload,
    summary: "The parts of my open upload stored so far (the app's own record), for resuming it.",
    input: uploadIdParams,
    output: { 200: uploadedPartsSchema },
  }),
  complete: defineRoute({
    id: 'uploads.complete', method: 'POST', path: '/uploads/{uploadId}/complete', entry: 'uploads/handlers/complete',
    access: ownUpload,
    summary: "Complete my upload from its recorded (and any reported) parts, then check the stored object's size, type and width.",
    input: completeUploadInput,
    output: { 200: uploadViewSchema },
  }),
  abort: defineRoute({
    id: 'uploads.abort', method: 'DELETE', path: '/uploads/{uploadId}', entry: 'uploads/handlers/abort',
    access: ownUpload,
    summary: 'Discard my unfinished upload, or my finished one not yet submitted to the library: the record is closed and the stored parts and object are deleted (409 `upload.in_use` once submitted).',
    input: uploadIdParams,
    output: { 204: noContent },
  }),
  mine: defineRoute({
    id: 'uploads.mine', method: 'GET', path: '/me/uploads', entry: 'uploads/handlers/mine',
    access: session,
    summary: 'My uploads that still need me, newest first: unfinished ones (with the bytes stored so far) and finished ones not yet submitted to the library.',
    input: myUploadsInput,
    output: { 200: myUploadsPageSchema },
  }),
} as const;
