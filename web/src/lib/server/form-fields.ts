/** Reads a text field from submitted form data ('' when absent or a file). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** All string values of a repeated field (checkbox groups). */
export function list(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/** Picks text fields into a plain object, e.g. to echo them back after a failure. */
export function pick<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) out[name] = text(form, name);
  return out;
}
