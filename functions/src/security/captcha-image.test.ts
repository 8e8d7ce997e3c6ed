import { describe, expect, it } from 'vitest';
import { captchaSvg } from './captcha-image';

describe('captcha image', () => {
  it('draws the digits as paths, never as text a script could read', () => {
    const svg = captchaSvg('40721');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('40721');
    expect(svg.match(/<path transform=/g)).toHaveLength(5);
  });

  it('differs each time for the same answer', () => {
    expect(captchaSvg('12345')).not.toBe(captchaSvg('12345'));
  });
});
