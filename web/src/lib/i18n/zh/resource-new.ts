/** Simplified Chinese for uploading a resource to the library: UI messages, and the messages of API and validation codes. */
export const zhResourceNew = {
  messages: {
    'res.new.title': '提交到资源库',
    'res.new.lead': '填写资源信息，提交后由学校审核，通过后发布到资源库。',
    'res.new.upload': '文件',
    'res.new.missing': '缺少上传编号或单位，请从“上传”页面的“我的上传”中点击“提交到资源库”。',
    'res.f.title': '标题',
    'res.f.category': '类别',
    'res.f.subject': '专业',
    'res.f.description': '简介',
    'res.f.authors': '作者',
    'res.f.authorsHint': '每行一位作者，最多 10 位。',
    'res.f.public': '同时在本校网站公开',
    'res.f.submit': '提交审核',
    'res.f.cover': '封面图片',
    'res.f.coverHint': '可选：选择一张 jpg 或 png 图片（不超过 20 MB），选择后直接上传到存储。',
    'res.f.coverUploading': '正在上传封面…',
    'res.f.coverDone': '封面已上传。',
    'res.f.coverRemove': '不用这张封面',
  },
  codes: {
  },
};
