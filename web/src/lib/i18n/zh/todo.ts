/** Simplified Chinese for the workspace home (待办, my orgs): UI messages, and the messages of API and validation codes. */
export const zhTodo = {
  messages: {
    'todo.unread': '{count} 条未读通知',
    'todo.confirm': '确认收到《{title}》',
    'todo.until': '截止 {time}',
    'todo.applications': '{org}：{count} 份单位注册申请待审批',
    'todo.members': '{org}：{count} 份会员单位申请待处理',
    'todo.siteItems': '{org}：{count} 篇网站稿件待审核',
    'todo.resources': '{org}：{count} 个资源待审核',
    'todo.reportsToReview': '{org}：{count} 份统计报表待审核',
    'todo.reportDue': '{org}：{year} 年度统计报表待填报（{date} 截止）',
    'todo.reportReturned': '{org}：{year} 年度统计报表已退回，请修改后重新提交（{date} 截止）',
    'todo.none': '暂无待办事项，工作都处理完了。',
    'todo.unavailable': '待办事项暂时无法加载，请稍后刷新。',
    'ws.welcome': '{name}，您好！',
    'ws.myOrgs': '我的单位',
    'ws.noOrgs': '您的账号尚未加入任何单位。',
    'ws.roles': '角色',
    'ws.manageOrg': '单位管理',
  },
  codes: {
  },
};
