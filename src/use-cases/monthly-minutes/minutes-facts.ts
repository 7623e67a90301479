import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { type AuthoredParts, compileMonthlyMinutes } from '../../domain/monthly-minutes/compile-monthly-minutes.ts';
import type { MonthlyMinutesContent } from '../../domain/monthly-minutes/monthly-minutes-content.ts';
import type { Period } from '../../domain/schedules/periods.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import { readRecordFacts } from '../records/read-record-facts.ts';
import { readSuggestionFacts } from '../records/read-suggestion-facts.ts';

/**
 * The minutes as the records stand now, with what people wrote into them (nothing, in a new draft): compiled for
 * the draft, and again when the principal confirms.
 */
export async function compileMinutesContent(
  transaction: StoreTransaction,
  unit: UnitProfile,
  period: Period,
  authored: AuthoredParts,
  now: Date,
): Promise<{ content: MonthlyMinutesContent; members: UnitMember[] }> {
  const members = await transaction.people.membersOf(unit.id);
  const named = (role: 'principal' | 'director') => members.filter((member) => member.roles.includes(role)).map((member) => member.name).join('、');
  const weekly = await transaction.weeklyReports.between(unit.id, period.periodStart, period.periodEnd);
  const facts = await readRecordFacts(transaction, unit, period.periodStart, period.periodEnd);
  const content = compileMonthlyMinutes({
    unitId: unit.id,
    unitName: unit.name,
    ...period,
    ...authored,
    chair: named('principal'),
    reporter: named('director') || '（未设质量安全总监）',
    weeklyReports: weekly.map((report) => ({
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      status: report.status,
      hazardsFound: report.content.hazardsFound.length,
      analysis: report.director.analysis,
      measures: report.director.measures,
    })),
    ...facts,
    suggestions: await readSuggestionFacts(transaction, unit),
    today: localTimeAt(now, unit.timeZone).date,
  });
  return { content, members };
}
