import { z } from 'zod';
import { accountViewSchema, sessionViewSchema } from '../accounts/schemas';

/** A new session: its token (for the cookie), when it ends at the latest, and whose it is. */
export const loginResultSchema = z.object({ token: z.string(), expiresAt: z.iso.datetime(), account: accountViewSchema });
export type LoginResult = z.infer<typeof loginResultSchema>;

/**
 * The session read (`auth.me`): who is signed in, and an actor assertion for the calls a
 * back end for the browser (the web server) makes for the same page view: sent as
 * `x-trellis-assertion` with the same bearer token, it spares each call the session read. It
 * is signed by the API, bound to the token and valid for `ASSERTION_TTL_MS` (5 s).
 */
export const sessionReadSchema = sessionViewSchema.extend({
  assertion: z.object({ value: z.string().max(8000), expiresAt: z.iso.datetime() }),
});
export type SessionRead = z.infer<typeof sessionReadSchema>;

/** The fresh session after a password change (every earlier one has ended). */
export const passwordChangedSchema = z.object({ token: z.string(), expiresAt: z.iso.datetime() });
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;

/** An image captcha: its id and the SVG to show. */
export const captchaSchema = z.object({ id: z.string(), svg: z.string() });
export type Captcha = z.infer<typeof captchaSchema>;

/** Always the same answer, whether or not the number belongs to an account. */
export const codeSentSchema = z.object({ sent: z.literal(true) });
