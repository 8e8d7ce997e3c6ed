import { describe, expect, it } from 'vitest';
import { renderSms, SMS_PUNCTUATION, SMS_TEMPLATES, type SmsTemplateId } from './sms-templates';

const doubled = new RegExp(`[${SMS_PUNCTUATION}]{2,}`, 'u');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('SMS templates', () => {
  it('never put two punctuation marks together, whatever a variable ends with', () => {
    const endings = ['', '。', '！', '.', '？', '；', '，', ' 。 '];
    for (const id of Object.keys(SMS_TEMPLATES) as SmsTemplateId[]) {
      const template = SMS_TEMPLATES[id];
      expect(template, id).not.toMatch(doubled);
      for (const end of endings) {
        const vars = Object.fromEntries(placeholders(template).map((name) => [name, `缺少佐证材料${end}`]));
        const text = renderSms(id, vars);
        expect(text, `${id} with "${end}"`).not.toMatch(doubled);
        expect(text).toContain('缺少佐证材料');
      }
    }
  });

  it('keeps a value\'s own punctuation where the template does not punctuate after it', () => {
    expect(renderSms('notice.published', { title: '你好吗？' })).toContain('《你好吗？》');
    expect(renderSms('report.returned', { year: '2026', reason: '缺少佐证材料。' }))
      .toBe('【职教学会】贵单位2026年度统计报表已被退回，原因：缺少佐证材料。请登录平台修改后重新提交。');
  });
});
