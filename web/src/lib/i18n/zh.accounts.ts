/** Simplified Chinese: roster import in batches (merged into zh.ts). */
export const zhAccounts = {
  'imp.batches': '表格按每批 {size} 行依次导入，行数较多时需要一些时间，请不要关闭页面。',
  'imp.busy': '正在导入…',
  'imp.summaryAll': '成功 {created} 个，此前已导入 {existing} 个，失败 {failed} 个。',
  'imp.existing': '已由本次导入创建',
  'imp.existingNote': '这些账号在同一文件的上一次导入中已经创建，临时密码无法再次显示。如需密码，请在单位的账号列表中为其“重置密码”。',
  'imp.toAccounts': '前往账号列表',
  'imp.interrupted': '导入中断，还有 {count} 行未导入（{reason}）。请重新上传同一文件继续：已创建的账号不会重复创建。',
};
