export const WEEKLY_REPORT_TITLE = '每周工业产品质量安全排查治理报告';
//# sourceMappingURL=weekly-report-content.js.map