import type { MiddlewareObj } from '@middy/core';
import { DomainError, ValidationError } from '../../errors';
import { statusOf } from '../status-of';
import { json, type ApiEvent, type ApiResult, type RouteContext } from '../api-event';

/**
 * The only catch: domain errors become their status with code and details; anything else
 * is a 500 whose body carries the request id and nothing more (the log has the rest).
 */
export function errorResponse<A>(): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext<A>> {
  return {
    onError: (request) => {
      const error = request.error;
      const requestId = request.context.trellis?.requestId ?? request.context.awsRequestId;
      if (error instanceof DomainError) {
        const status = statusOf(error);
        const fields = error instanceof ValidationError ? { fields: error.fields } : {};
        request.response = json(status, { error: { code: error.code, message: error.message, ...fields, ...error.details } });
        return request.response;
      }
      console.error(JSON.stringify({ level: 'error', requestId, error: String(error), stack: error?.stack }));
      request.response = json(500, { error: { code: 'internal', message: 'internal error', requestId } });
      return request.response;
    },
  };
}
