import { isLocalDate } from '../calendar/local-time.ts';
import { refuseTraining } from './training-refusals.ts';

/** A training session of the unit's director and officers in law, standards and expertise (Art. 15). */
export interface TrainingSessionFacts {
  date: string;
  subject: string;
  content: string;
  hours: number;
  trainer: string;
  attendeeIds: readonly string[];
}

/** The session as it will be kept, its texts trimmed; refused when it could not stand as a record of what happened. */
export function checkTrainingSession(session: TrainingSessionFacts, today: string): TrainingSessionFacts {
  if (!isLocalDate(session.date)) throw refuseTraining('training.date-invalid', { field: 'date', value: session.date });
  if (session.date > today) throw refuseTraining('training.date-in-future', { field: 'date', date: session.date, today });
  const subject = session.subject.trim();
  if (subject === '') throw refuseTraining('training.subject-required', {});
  if (!Number.isFinite(session.hours) || session.hours <= 0) throw refuseTraining('training.hours-invalid', { hours: session.hours });
  const attendeeIds = [...new Set(session.attendeeIds)];
  if (attendeeIds.length === 0) throw refuseTraining('training.attendees-required', {});
  return { date: session.date, subject, content: session.content.trim(), hours: session.hours, trainer: session.trainer.trim(), attendeeIds };
}
