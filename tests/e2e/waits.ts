/**
 * How long browser tests wait for something to appear: long enough for a loaded 2-core machine
 * (expect.poll's default is 1 s, which such a machine misses). Every expect.poll in tests/e2e
 * passes one of these (ESLint refuses a poll without options there).
 */
export const WAIT = { timeout: 60_000, interval: 250 };
/** For the 300 MB upload's stages. */
export const LONG = { timeout: 150_000, interval: 500 };
