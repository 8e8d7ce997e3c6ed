/**
 * Per container, what the last read of a session token found: its account and the orgs on its
 * memberships' paths. The next read of that token asks for them in the same BatchGetItem as the
 * session (one request instead of two). Only a guess of which keys to read: everything read is
 * checked against the session itself. Bounded; the oldest entries go first.
 */
const MAX_ENTRIES = 10_000;
const guesses = new Map<string, { accountId: string; orgIds: string[] }>();

export function guessFor(tokenHash: string): { accountId: string; orgIds: string[] } | undefined {
  return guesses.get(tokenHash);
}

export function rememberGuess(tokenHash: string, accountId: string, orgIds: string[]): void {
  guesses.delete(tokenHash);
  if (guesses.size >= MAX_ENTRIES) guesses.delete(guesses.keys().next().value as string);
  guesses.set(tokenHash, { accountId, orgIds });
}

export function forgetGuess(tokenHash: string): void {
  guesses.delete(tokenHash);
}
