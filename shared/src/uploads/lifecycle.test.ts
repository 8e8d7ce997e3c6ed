import { describe, expect, it } from 'vitest';
import { INCOMPLETE_UPLOAD_DAYS, uploadExpired } from './lifecycle';

describe('the window for unfinished uploads', () => {
  const start = '2026-11-28T08:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('is one day, the bucket rule included', () => {
    expect(INCOMPLETE_UPLOAD_DAYS).toBe(1);
  });

  it('keeps an upload open until a full window has passed, and no longer', () => {
    expect(uploadExpired(start, at('2026-11-28T08:00:00.000Z'))).toBe(false);
    expect(uploadExpired(start, at('2026-11-29T07:59:59.999Z'))).toBe(false);
    expect(uploadExpired(start, at('2026-11-29T08:00:00.000Z'))).toBe(true);
    expect(uploadExpired(start, at('2026-12-03T08:00:00.000Z'))).toBe(true);
  });
});
