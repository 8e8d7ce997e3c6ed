import { z } from 'zod';

/** A 6-digit code sent by SMS (password reset, phone binding) as stored: only its hash, times in epoch ms. */
export const verificationCodeSchema = z.object({
  phone: z.string(),
  accountId: z.string(),
  codeHash: z.string(),
  expiresAt: z.number(),
  attempts: z.number().int(),
});
export type VerificationCode = z.infer<typeof verificationCodeSchema>;
