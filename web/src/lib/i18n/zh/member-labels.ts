/** Simplified Chinese for member unit types and statuses: UI messages, and the messages of API and validation codes. */
export const zhMemberLabels = {
  messages: {
    'mem.type.school': '职业院校',
    'mem.type.university': '高等院校',
    'mem.type.enterprise': '企业',
    'mem.type.research': '科研院所',
    'mem.type.association': '行业协会',
    'mem.type.government': '政府部门',
    'mem.type.other': '其他',
    'mem.status.pending': '待审核',
    'mem.status.approved': '已通过',
    'mem.status.rejected': '未通过',
    'mem.status.ended': '已终止',
  },
  codes: {
  },
};
