import { describe, expect, it } from 'vitest';
import { sitePaths, sitesPaths, slugChangePaths } from './public-paths';

describe('public site paths', () => {
  it('one wildcard per site covers its pages and their query strings', () => {
    expect(sitePaths('sd')).toEqual(['/o/sd*']);
  });
  it('several sites: each once, sorted, empty slugs dropped', () => {
    expect(sitesPaths(['sd-jn', 'sd', 'sd-jn', ''])).toEqual(['/o/sd*', '/o/sd-jn*']);
  });
  it('a new address invalidates the old one and the new one', () => {
    expect(slugChangePaths('o-abc', 'jinan')).toEqual(['/o/jinan*', '/o/o-abc*']);
  });
});
