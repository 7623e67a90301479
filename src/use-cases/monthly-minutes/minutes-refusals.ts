import { refusalsOf } from '../../domain/domain-error.ts';
import type { DirectorReportRefusals } from '../../domain/monthly-minutes/director-report.ts';
import type { MinutesCompletenessRefusals } from '../../domain/monthly-minutes/minutes-completeness.ts';
import type { MinutesMeetingRefusals } from '../../domain/monthly-minutes/minutes-meeting.ts';

/**
 * The minutes are the principal's to edit and confirm, until they are frozen, and record a meeting held; the
 * director's report in them is the director's alone.
 */
export interface MinutesRefusals extends MinutesMeetingRefusals, MinutesCompletenessRefusals, DirectorReportRefusals {
  'minutes.principal-only': Record<string, never>;
  'minutes.director-only': Record<string, never>;
  /** `pending` when the principal asked for the minutes waiting for them rather than pressed a card. */
  'minutes.not-found': { pending: boolean };
  'minutes.frozen': Record<string, never>;
  'minutes.arrangements-required': Record<string, never>;
}

export const refuseMinutes = refusalsOf<MinutesRefusals>();
