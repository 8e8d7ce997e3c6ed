import { mobileSchema } from '@trellis/shared/accounts/schemas';

/**
 * What a login field names: a mobile number (in any accepted spelling: spaces, '-', 86/+86)
 * becomes its E.164 form, anything else a lowercased username. Lookup and throttling both
 * use this, so respelling a number is the same login to both.
 */
export function parseLogin(login: string): { phone: string } | { username: string } {
  const phone = mobileSchema.safeParse(login);
  return phone.success ? { phone: phone.data } : { username: login.trim().toLowerCase() };
}

/** The one string a login is counted under. */
export function loginKey(login: string): string {
  const parsed = parseLogin(login);
  return 'phone' in parsed ? parsed.phone : parsed.username;
}
