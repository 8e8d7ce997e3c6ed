/** A non-200 success (201 Created, 202 Accepted, 204 No Content), as a handler returns it. */
export class Status<S extends number, T> {
  constructor(
    readonly statusCode: S,
    readonly body: T,
  ) {}
}
