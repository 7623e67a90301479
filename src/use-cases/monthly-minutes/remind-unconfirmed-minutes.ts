import { addDays, localTimeAt } from '../../domain/calendar/local-time.ts';
import type { Store } from '../../ports/store.ts';

/** Not confirmed within three days of the draft: the principal is reminded each day, and the director is told once. */
export async function remindUnconfirmedMinutes(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ reminded: number }> {
  return store.transaction(async (transaction) => {
    const unit = await transaction.units.get(input.unitId);
    if (!unit) throw new Error(`unknown unit ${input.unitId}`);
    const members = await transaction.people.membersOf(unit.id);
    let reminded = 0;
    for (const minutes of (await transaction.monthlyMinutes.drafts()).filter((draft) => draft.unitId === unit.id)) {
      if (input.date < addDays(localTimeAt(minutes.createdAt, unit.timeZone).date, 3)) continue;
      const period = `${minutes.periodStart} 至 ${minutes.periodEnd}`;
      for (const principal of members.filter((member) => member.roles.includes('principal'))) {
        if (!principal.openId || !(await transaction.jobRuns.claim('minutes-remind-principal', unit.id, `${minutes.id}@${input.date}`, input.now))) continue;
        await transaction.outbox.enqueue({ operation: 'send', toOpenId: principal.openId, notification: { kind: 'text', text: `${principal.name}，${period} 的《每月工业产品质量安全调度会议纪要》已三天未确认。请核对下月重点工作安排后回复「确认纪要」，或回复「纪要」重新查看。` } });
        reminded += 1;
      }
      for (const director of members.filter((member) => member.roles.includes('director'))) {
        if (!director.openId || !(await transaction.jobRuns.claim('minutes-tell-director', unit.id, minutes.id, input.now))) continue;
        await transaction.outbox.enqueue({ operation: 'send', toOpenId: director.openId, notification: { kind: 'text', text: `${director.name}，${unit.name} ${period} 的调度会议纪要已三天未由主要负责人确认，已提醒主要负责人。` } });
      }
    }
    return { reminded };
  });
}
