import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { meetingAsHeld, type MinutesMeeting } from '../../domain/monthly-minutes/minutes-meeting.ts';
import type { Store } from '../../ports/store.ts';
import { findMinutesForPrincipal, type MinutesReference } from './find-minutes.ts';
import { refreshMinutesCards } from './minutes-cards.ts';
import { refuseMinutes } from './minutes-refusals.ts';

export interface MeetingRecorded {
  kind: 'meeting-recorded';
  periodStart: string;
  periodEnd: string;
  meeting: MinutesMeeting;
}

/** 会议: the principal records when the scheduling meeting was held and who attended, for the draft minutes. */
export async function recordMinutesMeeting(store: Store, input: { actorOpenId: string; minutes: MinutesReference; meeting: MinutesMeeting; now: Date }): Promise<MeetingRecorded> {
  return store.transaction(async (transaction) => {
    const { minutes } = await findMinutesForPrincipal(transaction, input.actorOpenId, input.minutes);
    if (minutes.status === 'confirmed') throw refuseMinutes('minutes.frozen', {});
    const unit = await transaction.units.get(minutes.unitId);
    if (!unit) throw new Error(`minutes ${minutes.id} belong to no unit`);
    const meeting = meetingAsHeld(input.meeting, minutes, localTimeAt(input.now, unit.timeZone).date);
    const content = { ...minutes.content, meeting: { ...minutes.content.meeting, ...meeting } };
    await transaction.monthlyMinutes.saveContent(minutes.id, content);
    await refreshMinutesCards(transaction, { ...minutes, content }, unit);
    return { kind: 'meeting-recorded', periodStart: minutes.periodStart, periodEnd: minutes.periodEnd, meeting };
  });
}
