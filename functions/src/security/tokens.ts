import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Opaque session token: 256 random bits, base64url. Only its SHA-256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

const ID_ALPHABET = '0123456789abcdefghijkmnpqrstuvwxyz';

/** Random lowercase id such as `o-7k2m9x4q1z`: unguessable, valid in keys and URLs. */
export function newId(prefix: string, length = 12): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ID_ALPHABET.charAt(randomInt(ID_ALPHABET.length));
  return `${prefix}-${id}`;
}

/** A temporary password a person can type: 12 characters, no look-alikes. */
export function temporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < 12; i++) out += alphabet.charAt(randomInt(alphabet.length));
  return out;
}

export function numericCode(digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i++) out += String(randomInt(10));
  return out;
}

/** A random id that sorts by creation time (for keys read newest-first), e.g. `n-mi3k2x9a0-7k2m9x4q`. */
export function timeId(prefix: string, now = Date.now()): string {
  return `${prefix}-${now.toString(36).padStart(9, '0')}-${newId('x', 8).slice(2)}`;
}
