import { refusalsOf } from '../domain-error.ts';
import type { Period } from '../schedules/periods.ts';

/** The scheduling meeting as the principal says it was held: the bot never supplies either field. */
export interface MinutesMeeting {
  date: string;
  attendees: string[];
}

export type MeetingField = 'date' | 'attendees';

export interface MinutesMeetingRefusals {
  'minutes.meeting-missing': { missing: MeetingField[] };
  'minutes.meeting-date-outside': { date: string; earliest: string; latest: string };
}

const refuse = refusalsOf<MinutesMeetingRefusals>();

/** What the minutes still lack about their meeting. */
export function missingMeetingFields(meeting: MinutesMeeting): MeetingField[] {
  const missing: MeetingField[] = [];
  if (meeting.date.trim() === '') missing.push('date');
  if (meeting.attendees.every((name) => name.trim() === '')) missing.push('attendees');
  return missing;
}

/** Art. 12 minutes record a meeting that was held: confirmed minutes name when it was and who attended. */
export function requireMeetingRecorded(meeting: MinutesMeeting): void {
  const missing = missingMeetingFields(meeting);
  if (missing.length > 0) throw refuse('minutes.meeting-missing', { missing });
}

/**
 * A meeting that sums up a period is held once its period has begun, and it has taken place by the time it is
 * recorded: a date after `today` would record a meeting that has not happened.
 */
export function meetingAsHeld(input: MinutesMeeting, period: Period, today: string): MinutesMeeting {
  if (input.date < period.periodStart || input.date > today) {
    throw refuse('minutes.meeting-date-outside', { date: input.date, earliest: period.periodStart, latest: today });
  }
  const meeting = { date: input.date, attendees: input.attendees.map((name) => name.trim()).filter((name) => name !== '') };
  requireMeetingRecorded(meeting);
  return meeting;
}
