import { describe, expect, it } from 'vitest';
import { hostnameSchema, moveSection, navOrderSchema, SITE_SECTIONS, siteStatusInput } from './settings';

describe('site settings rules', () => {
  it('moves a section up or down and leaves the ends alone', () => {
    expect(moveSection(SITE_SECTIONS, 'members', -1)).toEqual(['home', 'news', 'members', 'notices', 'about']);
    expect(moveSection(SITE_SECTIONS, 'home', 1)).toEqual(['news', 'home', 'notices', 'members', 'about']);
    expect(moveSection(SITE_SECTIONS, 'home', -1)).toEqual([...SITE_SECTIONS]);
    expect(moveSection(SITE_SECTIONS, 'about', 1)).toEqual([...SITE_SECTIONS]);
  });

  it('accepts only a permutation of every section', () => {
    expect(navOrderSchema.safeParse(['about', 'home', 'news', 'notices', 'members']).success).toBe(true);
    expect(navOrderSchema.safeParse(['home', 'home', 'news', 'notices', 'about']).error?.issues[0]?.message).toBe('nav.duplicate');
    expect(navOrderSchema.safeParse(['home']).error?.issues[0]?.message).toBe('nav.incomplete');
    expect(navOrderSchema.safeParse(['home', 'news', 'notices', 'members', 'blog']).success).toBe(false);
  });

  it('validates hostnames', () => {
    expect(hostnameSchema.parse(' WWW.Example.org.CN ')).toBe('www.example.org.cn');
    for (const bad of ['localhost', 'http://a.cn', 'a..cn', '-a.cn', 'a.c', 'a b.cn', `${'a'.repeat(64)}.cn`]) {
      expect(hostnameSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('requires a reason to close, not to reopen', () => {
    expect(siteStatusInput.safeParse({ orgId: 'sd-jn', state: 'closed' }).error?.issues[0]?.message).toBe('reason.required');
    expect(siteStatusInput.safeParse({ orgId: 'sd-jn', state: 'active' }).success).toBe(true);
  });
});
