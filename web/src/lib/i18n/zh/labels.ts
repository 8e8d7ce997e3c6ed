/** Simplified Chinese for roles, org types and statuses: UI messages, and the messages of API and validation codes. */
export const zhLabels = {
  messages: {
    'role.admin': '管理员',
    'role.leader': '领导',
    'role.teacher': '教师',
    'role.expert': '专家',
    'role.correspondent': '通讯员',
    'role.member': '会员',
    'orgType.society': '学会',
    'orgType.association': '协会',
    'orgType.branch': '分会',
    'orgType.school': '学校',
    'orgType.technician_college': '技师学院',
    'orgType.group': '职教集团',
    'orgType.research_centre': '研究中心',
    'orgType.government_office': '政府部门',
    'status.pending': '待审核',
    'status.approved': '已通过',
    'status.rejected': '未通过',
    'status.active': '正常',
    'status.disabled': '已停用',
  },
  codes: {
  },
};
