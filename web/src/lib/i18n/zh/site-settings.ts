/** Simplified Chinese for site settings (logo, banner, navigation, domain): UI messages, and the messages of API and validation codes. */
export const zhSiteSettings = {
  messages: {
    'siteset.title': '网站设置',
    'siteset.lead': '设置网站的标志、横幅图片、栏目顺序和域名。',
    'siteset.logo': '网站标志（Logo）',
    'siteset.banner': '横幅图片',
    'siteset.imageHint': 'JPG 或 PNG，不超过 20 MB',
    'siteset.removeLogo': '删除标志',
    'siteset.removeBanner': '删除横幅',
    'siteset.noImage': '未设置',
    'siteset.nav': '栏目顺序',
    'siteset.up': '上移',
    'siteset.down': '下移',
    'siteset.domain': '自定义域名',
    'siteset.domainHint': '例如 www.example.org.cn（仅记录，暂不生效；只有管理员可以修改）',
    'siteset.saved': '网站设置已保存。',
    'siteset.conflict': '网站设置已被他人修改，页面已刷新为最新内容，请重新设置。',
    'siteset.uploading': '正在上传…',
    'siteset.uploadId': '上传编号（选择图片后自动填写）',
  },
  codes: {
    'intro.too_long': '简介不能超过 5000 字',
    'nav.duplicate': '栏目不能重复',
    'nav.incomplete': '栏目不完整',
    'domain.invalid': '请填写正确的域名，例如 www.example.org.cn',
  },
};
