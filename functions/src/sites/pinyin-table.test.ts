import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { pinyinGroups, wordReadings } from '../../../dev/pinyin-table';
import { pieces } from './address-suggestion';
import { PINYIN_GROUPS, PINYIN_WORDS } from './pinyin-table';

describe('the pinyin table the Lambdas suggest addresses from', () => {
  it('is what pinyin-pro gives for each GB 2312 character (regenerate with npx tsx dev/pinyin-table.ts)', () => {
    expect(PINYIN_GROUPS).toBe(pinyinGroups());
    expect(PINYIN_WORDS).toBe(wordReadings());
  });

  it('reads org names as pinyin-pro does character by character', () => {
    for (const name of ['济南信息工程学校', '青岛电子学校', '山东省现代物流职业教育集团', '成都市工程职业技术学校', '广州市交通运输职业学校']) {
      const expected = Array.from(name).map((ch) => pinyin(ch, { toneType: 'none', v: true }));
      expect(pieces(name).map((p) => p.text), name).toEqual(expected);
    }
    expect(pieces('重庆银行学校').map((p) => p.text)).toEqual(pinyin('重庆银行学校', { toneType: 'none', v: true, type: 'array' }));
    expect(pieces('济南第2中学ABC').map((p) => p.text)).toEqual(['ji', 'nan', 'di', '2', 'zhong', 'xue', 'abc']);
  });
});
