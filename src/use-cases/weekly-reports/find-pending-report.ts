import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { StoreTransaction, UnitMember, WeeklyReportRecord } from '../../ports/store.ts';
import { reportPeople } from './report-people.ts';

export type ReportReference = { reportId: string } | 'pending';

/** The report the director means: the one on the card, or by text the oldest draft still waiting for them. */
export async function findReportForWriter(
  transaction: StoreTransaction,
  actorOpenId: string,
  reference: ReportReference,
): Promise<{ report: WeeklyReportRecord; writer: UnitMember }> {
  const memberships = await transaction.people.byOpenId(actorOpenId);
  const candidates: Array<{ report: WeeklyReportRecord; writer: UnitMember }> = [];
  if (reference === 'pending') {
    for (const report of await transaction.weeklyReports.drafts()) {
      const membership = memberships.find((member) => member.unitId === report.unitId);
      if (membership) candidates.push({ report, writer: membership });
    }
  } else {
    const report = await transaction.weeklyReports.get(reference.reportId);
    const membership = report ? memberships.find((member) => member.unitId === report.unitId) : undefined;
    if (report && membership) candidates.push({ report, writer: membership });
  }
  const found = candidates[0];
  if (!found) {
    throw new WordedRefusal('WEEKLY_REPORT_NOT_FOUND', reference === 'pending' ? '目前没有等待您确认的周报。' : '找不到这份周报，或它不属于您所在的单位。');
  }
  const { writer } = await reportPeople(transaction, found.report.unitId);
  if (writer?.personId !== found.writer.personId) {
    throw new WordedRefusal('NOT_THE_WRITER', '周报由质量安全总监填写和确认（未设总监的单位由主要负责人负责），您不能操作。');
  }
  return found;
}
