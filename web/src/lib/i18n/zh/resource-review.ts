/** Simplified Chinese for an org's resource review: UI messages, and the messages of API and validation codes. */
export const zhResourceReview = {
  messages: {
    'res.status': '状态',
    'res.review.approve': '通过',
    'res.review.return': '退回',
    'res.review.reason': '退回原因',
    'res.review.confirm': '确定退回这件资源吗？',
    'res.review.empty.pending': '没有待审核的资源，提交的资源会出现在这里。',
    'res.review.empty.returned': '没有已退回的资源。',
    'res.review.empty.published': '还没有已发布的资源。',
    'res.review.empty.taken_down': '没有已下架的资源。',
    'res.review.own': '这是你本人上传的资源，需由学校的其他管理员审核。',
    'res.submitter': '提交人',
    'res.submittedAt': '提交时间',
  },
  codes: {
  },
};
