import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import { confirmDirectorReport, draftDirectorReport } from '../../domain/monthly-minutes/director-report.ts';
import type { Store } from '../../ports/store.ts';
import { findMinutesForDirector } from './find-minutes.ts';
import { refreshMinutesCards } from './minutes-cards.ts';

export interface DirectorReportConfirmed {
  kind: 'director-report-confirmed';
  periodStart: string;
  periodEnd: string;
  text: string;
}

/**
 * 确认汇报 / 汇报 <内容>: the director takes the drafted report as theirs, or gives their own in its place, so the
 * minutes say only what the director reported. The principal is told, since the minutes now wait on them alone.
 */
export async function confirmDirectorReportInMinutes(store: Store, input: { actorOpenId: string; text?: string; now: Date }): Promise<DirectorReportConfirmed> {
  return store.transaction(async (transaction) => {
    const { minutes, director } = await findMinutesForDirector(transaction, input.actorOpenId);
    const unit = await transaction.units.get(minutes.unitId);
    if (!unit) throw new Error(`minutes ${minutes.id} belong to no unit`);
    const current = minutes.content.directorReport ?? draftDirectorReport(minutes.content.weeklyReports);
    const directorReport = confirmDirectorReport(current, { name: director.name, at: formatLocalDateTime(input.now, unit.timeZone) }, input.text);
    const content = { ...minutes.content, directorReport };
    await transaction.monthlyMinutes.saveContent(minutes.id, content);
    await refreshMinutesCards(transaction, { ...minutes, content }, unit);
    for (const principal of (await transaction.people.membersOf(unit.id)).filter((member) => member.roles.includes('principal'))) {
      if (!principal.openId) continue;
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: principal.openId,
        notification: { kind: 'minutes-news', view: { change: 'director-report-confirmed', personName: principal.name, directorName: director.name, unitName: unit.name, periodStart: minutes.periodStart, periodEnd: minutes.periodEnd, reportText: directorReport.text } },
      });
    }
    return { kind: 'director-report-confirmed', periodStart: minutes.periodStart, periodEnd: minutes.periodEnd, text: directorReport.text };
  });
}
