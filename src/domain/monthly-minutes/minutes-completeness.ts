import { refusalsOf } from '../domain-error.ts';
import { isDirectorsOwn } from './director-report.ts';
import { missingMeetingFields, type MeetingField } from './minutes-meeting.ts';
import type { MonthlyMinutesContent } from './monthly-minutes-content.ts';

/** What confirmed minutes must hold that only people can supply: the meeting as held, the director's report, the principal's summary. */
export type MinutesPart = MeetingField | 'director-report' | 'summary';

export interface MinutesCompletenessRefusals {
  'minutes.incomplete': { missing: MinutesPart[] };
}

const refuse = refusalsOf<MinutesCompletenessRefusals>();

/**
 * What the minutes still lack before the principal may confirm them. A unit without a 质量安全总监 has nobody to
 * report, so its minutes need no director's report.
 */
export function missingBeforeConfirmation(content: MonthlyMinutesContent, unitHasDirector: boolean): MinutesPart[] {
  const missing: MinutesPart[] = [...missingMeetingFields(content.meeting)];
  if (unitHasDirector && !isDirectorsOwn(content.directorReport)) missing.push('director-report');
  if ((content.summary ?? '').trim() === '') missing.push('summary');
  return missing;
}

export function requireMinutesComplete(content: MonthlyMinutesContent, unitHasDirector: boolean): void {
  const missing = missingBeforeConfirmation(content, unitHasDirector);
  if (missing.length > 0) throw refuse('minutes.incomplete', { missing });
}
