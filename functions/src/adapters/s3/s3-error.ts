/** Whether an S3 call failed with one of these error names (or, for bodiless answers like HEAD's, HTTP statuses). */
export function isS3Error(error: unknown, names: readonly string[], statuses: readonly number[] = []): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return (typeof name === 'string' && names.includes(name)) || (status !== undefined && statuses.includes(status));
}
