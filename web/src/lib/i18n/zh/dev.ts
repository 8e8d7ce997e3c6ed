/** Simplified Chinese for the local development tools: UI messages, and the messages of API and validation codes. */
export const zhDev = {
  messages: {
    'sms.title': '本地短信收件箱',
    'sms.intro': '本地开发环境中"发送"的短信都在这里。',
    'sms.refresh': '刷新',
    'sms.localOnly': '仅在本地开发环境可用',
    'sms.empty': '还没有短信。',
    'sms.to': '手机号',
    'sms.text': '内容',
    'sms.time': '时间',
    'sms.status': '状态',
  },
  codes: {},
} as const;
