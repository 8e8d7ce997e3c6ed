import { AccessDenied, AuthRequired, Conflict, DomainError, NotFound, PayloadTooLarge, Throttled, ValidationError } from '../errors';

/** The one place that maps domain errors to HTTP statuses. */
export function statusOf(error: DomainError): number {
  if (error instanceof ValidationError) return 400;
  if (error instanceof AuthRequired) return 401;
  if (error instanceof AccessDenied) return 403;
  if (error instanceof NotFound) return 404;
  if (error instanceof Conflict) return 409;
  if (error instanceof PayloadTooLarge) return 413;
  if (error instanceof Throttled) return 429;
  return 400;
}
