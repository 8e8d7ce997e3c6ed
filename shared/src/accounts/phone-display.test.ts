import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone-display';

describe('showing phone numbers', () => {
  it('groups a mainland mobile 3-4-4 without the country code, however it was stored', () => {
    expect(formatPhone('+8613900004721')).toBe('139 0000 4721');
    expect(formatPhone('13900004721')).toBe('139 0000 4721');
    expect(formatPhone('86 139-0000-4721')).toBe('139 0000 4721');
  });

  it('leaves landlines, foreign numbers and empty values as they are', () => {
    expect(formatPhone('0531-12345678')).toBe('0531-12345678');
    expect(formatPhone('+4915112345678')).toBe('+4915112345678');
    expect(formatPhone(null)).toBe('');
    expect(formatPhone('')).toBe('');
  });
});
