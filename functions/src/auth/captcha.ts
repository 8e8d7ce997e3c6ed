import type { Captcha } from '@trellis/shared/auth/views';
import { putCaptcha } from '../adapters/dynamodb/captcha/captcha-store';
import { captchaSvg } from '../security/captcha-image';
import { newId, numericCode, sha256 } from '../security/tokens';

const CAPTCHA_TTL_MS = 5 * 60_000;

/** A new image captcha; only the hash of its answer is stored, for five minutes. */
export async function newCaptcha(now = Date.now()): Promise<Captcha> {
  const answer = numericCode(5);
  const id = newId('c', 20);
  await putCaptcha(id, sha256(answer), now + CAPTCHA_TTL_MS);
  return { id, svg: captchaSvg(answer) };
}
