import { z } from 'zod';
import { sessionViewSchema } from '../accounts/schemas';

/** A new session: its token (for the cookie), when it ends at the latest, and who it is. */
export const loginResultSchema = z.object({ token: z.string(), expiresAt: z.iso.datetime(), session: sessionViewSchema });
export type LoginResult = z.infer<typeof loginResultSchema>;

/** The fresh session after a password change (every earlier one has ended). */
export const passwordChangedSchema = z.object({ token: z.string(), expiresAt: z.iso.datetime() });
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;

/** An image captcha: its id and the SVG to show. */
export const captchaSchema = z.object({ id: z.string(), svg: z.string() });
export type Captcha = z.infer<typeof captchaSchema>;

/** Always the same answer, whether or not the number belongs to an account. */
export const codeSentSchema = z.object({ sent: z.literal(true) });
