import { describe, expect, it } from 'vitest';
import { slugSchema } from '@trellis/shared/orgs/schemas';
import { suggestedAddresses } from './address-suggestion';

describe('readable site addresses from a name', () => {
  it('spells a short name in pinyin, a long one as place plus initials', () => {
    expect(suggestedAddresses('青岛电子学校')[0]).toBe('qingdaodianzixuexiao');
    expect(suggestedAddresses('济南信息工程学校').slice(0, 2)).toEqual(['jinan-xxgcxx', 'jinan-xxgcxx-2']);
    expect(suggestedAddresses('广州市交通运输职业学校')[0]).toBe('guangzhou-jtyszyxx');
    expect(suggestedAddresses('重庆银行职业学校')[0]).toBe('chongqing-yhzyxx');
  });

  it('keeps the letters and digits of a name', () => {
    expect(suggestedAddresses('地址测试学校mx9f')[0]).toBe('dizhi-csxxmx9f');
    expect(suggestedAddresses('Trellis学院')[0]).toBe('trellisxueyuan');
  });

  it('keeps letters and digits, and always gives valid, distinct slugs', () => {
    for (const name of ['Trellis 测试2号学校', '！！', '中国职业技术教育学会山东省现代物流职业教育集团联合研究中心分中心', 'ABC', '一']) {
      const slugs = suggestedAddresses(name);
      expect(slugs.length).toBeGreaterThanOrEqual(9);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slugSchema.safeParse(slug).success, `${name}: ${slug}`).toBe(true);
    }
  });
});
