/** What a page's `form` prop may hold after any of its actions (failures and confirmation steps). */
export interface FormFeedback {
  form?: string;
  item?: string;
  values?: Record<string, unknown>;
  fields?: Record<string, string[]>;
  error?: string;
  confirm?: { item: string; reason: string };
  confirmStatus?: { status: 'active' | 'disabled'; reason: string };
  confirmAccount?: { item: string; status: 'active' | 'disabled' };
  confirmReset?: { item: string };
  temporaryPassword?: { item: string; password: string };
  /** The answer of a site-address check (sites.address). */
  address?: { slug: string; available: boolean };
}

/** The feedback for one form on a page with several (and optionally one row of a list). */
export function feedbackFor(feedback: FormFeedback | null | undefined, form: string, item?: string): FormFeedback | null {
  if (!feedback || feedback.form !== form) return null;
  if (item !== undefined && feedback.item !== item) return null;
  return feedback;
}

/** A string value echoed back after a failed post, or the fallback. */
export function echoed(feedback: FormFeedback | null, name: string, fallback = ''): string {
  const value = feedback?.values?.[name];
  return typeof value === 'string' ? value : fallback;
}
