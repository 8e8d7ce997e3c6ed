/**
 * Domain errors carry a dotted code (`report.locked`, `access.denied`). Only
 * http/status-of.ts maps codes to HTTP statuses; domain code never knows about HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message ?? code);
    this.name = new.target.name;
  }
}

/** Input that passed the schema but breaks a rule, reported against fields. */
export class ValidationError extends DomainError {
  constructor(readonly fields: Record<string, string[]>) {
    super('validation.failed', 'validation failed');
  }
}

/** Not allowed, or does not exist: the two are indistinguishable on purpose. */
export class AccessDenied extends DomainError {
  constructor(code = 'access.denied') {
    super(code, 'access denied');
  }
}

export class AuthRequired extends DomainError {
  constructor(code = 'auth.required', details: Record<string, unknown> = {}) {
    super(code, 'authentication required', details);
  }
}

/** A conditional write lost: someone else changed the item first. */
export class Conflict extends DomainError {}

export class NotFound extends DomainError {
  constructor(code = 'not_found') {
    super(code, 'not found');
  }
}

export class Throttled extends DomainError {
  constructor(code = 'throttled') {
    super(code, 'too many requests');
  }
}

/** A request body over the stated limit (shared/src/http/limits.ts). */
export class PayloadTooLarge extends DomainError {
  constructor(code = 'body.too_large') {
    super(code, 'request body too large');
  }
}
