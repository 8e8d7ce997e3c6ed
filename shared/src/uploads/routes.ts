import { defineRoute, noContent } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg } from '../http/access-kinds';
import { createUploadInput, signPartsInput, recordPartInput, uploadIdParams, completeUploadInput } from '../uploads/schemas';

/** The uploads capability's routes. */
export const uploadsRoutes = {
  create: defineRoute({
    id: 'uploads.create', method: 'POST', path: '/orgs/{orgId}/uploads', entry: 'uploads/handlers/create',
    access: onOrg('upload.create'),
    summary: "uploads.create",
    input: createUploadInput,
    output: { 201: untypedOutput },
  }),
  sign: defineRoute({
    id: 'uploads.sign', method: 'POST', path: '/uploads/{uploadId}/sign', entry: 'uploads/handlers/sign-parts',
    access: { kind: 'policy', action: 'upload.create', target: 'upload', param: 'uploadId' },
    summary: "uploads.sign",
    input: signPartsInput,
    output: { 200: untypedOutput },
  }),
  recordPart: defineRoute({
    id: 'uploads.recordPart', method: 'PUT', path: '/uploads/{uploadId}/parts/{partNumber}', entry: 'uploads/handlers/record-part',
    access: { kind: 'policy', action: 'upload.create', target: 'upload', param: 'uploadId' },
    summary: "uploads.recordPart",
    input: recordPartInput,
    output: { 200: untypedOutput },
  }),
  listParts: defineRoute({
    id: 'uploads.listParts', method: 'GET', path: '/uploads/{uploadId}/parts', entry: 'uploads/handlers/list-parts',
    access: { kind: 'policy', action: 'upload.create', target: 'upload', param: 'uploadId' },
    summary: "For resuming: the parts already stored, from the app's own record.",
    input: uploadIdParams,
    output: { 200: untypedOutput },
  }),
  complete: defineRoute({
    id: 'uploads.complete', method: 'POST', path: '/uploads/{uploadId}/complete', entry: 'uploads/handlers/complete',
    access: { kind: 'policy', action: 'upload.create', target: 'upload', param: 'uploadId' },
    summary: "uploads.complete",
    input: completeUploadInput,
    output: { 200: untypedOutput },
  }),
  abort: defineRoute({
    id: 'uploads.abort', method: 'DELETE', path: '/uploads/{uploadId}', entry: 'uploads/handlers/abort',
    access: { kind: 'policy', action: 'upload.create', target: 'upload', param: 'uploadId' },
    summary: "uploads.abort",
    input: uploadIdParams,
    output: { 204: noContent },
  }),
} as const;
