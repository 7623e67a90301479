export const MONTHLY_MINUTES_TITLE = '每月工业产品质量安全调度会议纪要';
//# sourceMappingURL=monthly-minutes-content.js.map