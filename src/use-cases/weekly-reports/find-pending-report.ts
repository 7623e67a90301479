import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { WeeklyReportRecord } from '../../ports/weekly-report-repository.ts';
import { reportPeople } from './report-people.ts';
import { refuseWeeklyReportAccess } from './weekly-report-refusals.ts';

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
    throw refuseWeeklyReportAccess('weekly-report.not-found', { pending: reference === 'pending' });
  }
  const { writer } = await reportPeople(transaction, found.report.unitId);
  if (writer?.personId !== found.writer.personId) {
    throw refuseWeeklyReportAccess('weekly-report.not-the-writer', {});
  }
  return found;
}
