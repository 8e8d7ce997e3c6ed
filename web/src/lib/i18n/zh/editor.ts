/** Simplified Chinese for the rich-text editor (notices, site items): UI messages, and the messages of API and validation codes. */
export const zhEditor = {
  messages: {
    'compose.linkPrompt': '链接地址（以 https:// 开头）',
    'compose.toolbar': '正文格式',
    'compose.bold': '加粗',
    'compose.italic': '斜体',
    'compose.bullets': '项目符号列表',
    'compose.numbers': '编号列表',
    'compose.link': '链接',
  },
  codes: {
  },
};
