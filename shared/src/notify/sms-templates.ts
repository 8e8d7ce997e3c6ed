/**
 * SMS texts come from fixed templates with variables (China requires registered
 * templates); the signature 【...】 is part of the registered template.
 */
export const SMS_TEMPLATES = {
  'application.approved': '【职教学会】您提交的入会申请“{name}”已通过审核，管理员账号 {username}，请登录平台开展工作。',
  'application.rejected': '【职教学会】您提交的入会申请“{name}”未通过审核，原因：{reason}。申请编号 {number}。',
  'notice.published': '【职教学会】您有一条新通知《{title}》，请登录平台查看。',
  'notice.reminder': '【职教学会】通知《{title}》您尚未阅读，请登录平台查看。',
  'auth.phone_code': '【职教学会】您正在绑定手机号，验证码 {code}，10分钟内有效。',
  'report.returned': '【职教学会】贵单位{year}年度统计报表已被退回，原因：{reason}。请登录平台修改后重新提交。',
  'report.reminder': '【职教学会】贵单位{year}年度统计报表尚未提交，填报截止日期为{closesOn}，请尽快登录平台填报。',
  'auth.reset_code': '【职教学会】您的验证码为 {code}，10分钟内有效。如非本人操作，请忽略本短信。',
} as const;

export type SmsTemplateId = keyof typeof SMS_TEMPLATES;

/** Sentence punctuation, Chinese and Latin: none of it may follow another in a message. */
export const SMS_PUNCTUATION = '。．.！!？?；;，,、：:';
const TRAILING = new RegExp(`[${SMS_PUNCTUATION}\\s]+$`, 'u');

/**
 * Fills `{var}` placeholders; values are truncated so a message stays short. A value that ends
 * in punctuation right before the template's own (a reason typed as "缺少佐证材料。" before
 * "。请登录") loses its own, so no message reads "。。".
 */
export function renderSms(template: SmsTemplateId, vars: Record<string, string>): string {
  const text = SMS_TEMPLATES[template];
  return text.replace(/\{(\w+)\}/g, (whole: string, name: string, at: number) => {
    const value = (vars[name] ?? '').trim().slice(0, 40);
    const next = text.charAt(at + whole.length);
    return next !== '' && SMS_PUNCTUATION.includes(next) ? value.replace(TRAILING, '') : value;
  });
}
