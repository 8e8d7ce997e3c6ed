/** Simplified Chinese for member units on the public site (apply, status, list): UI messages, and the messages of API and validation codes. */
export const zhMemberApply = {
  messages: {
    'mem.applyTitle': '申请成为 {name} 的会员单位',
    'mem.applyIntro': '填写单位信息并提交，{name} 审核后会公布在会员单位页面。请记下申请编号，用于查询审核进度。',
    'mem.typePick': '请选择单位类型',
    'mem.codeHint': '18 位，见营业执照或登记证书',
    'mem.submit': '提交申请',
    'mem.captcha': '验证码',
    'mem.captchaHint': '提交较多，请输入图片中的数字',
    'mem.captchaAlt': '验证码图片',
    'mem.publicLead': '以下单位经本会审核，成为会员单位。',
    'mem.total': '共 {count} 家会员单位',
    'mem.empty': '目前还没有会员单位。',
    'mem.applyLink': '申请成为会员单位',
    'mem.statusTitle': '会员申请进度',
    'mem.decidedAt': '审核时间',
    'mem.received': '申请已提交，请保存申请编号。',
    'mem.statusLookup': '查询申请进度',
    'mem.number': '申请编号',
    'mem.title': '会员单位',
    'mem.lookup': '查询',
  },
  codes: {
  },
};
