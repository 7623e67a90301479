import type { LeaveNewsView } from '../ports/notifications.ts';

/** What the director, the substitute and the officer are told of leave and its substitute (代班). */
export function leaveNewsText(view: LeaveNewsView): string {
  switch (view.change) {
    case 'declared':
      return `${view.personName}，质量安全员${view.officerName}请假 ${view.startDate} 至 ${view.endDate}${view.reason ? `（${view.reason}）` : ''}。请指定代班的质量安全员，期间由其代为完成每日检查，请发送：代班 ${view.officerName} <代班人>`;
    case 'substitute-named-to-substitute':
      return `${view.personName}，${view.startDate} 至 ${view.endDate} 质量安全员${view.officerName}请假，由您代班：这些天${view.officerName}的每日检查卡片发给您，请代为检查并提交，记录中注明代班人。`;
    case 'substitute-named-to-officer':
      return `${view.personName}，您 ${view.startDate} 至 ${view.endDate} 请假期间的每日检查由${view.substituteName}代班完成。`;
    case 'unsubstituted-tomorrow':
      return `${view.personName}，明天（${view.date}）${view.officerName} 请假，尚未指定代班，请发送：代班 ${view.officerName} <代班人>`;
  }
}
