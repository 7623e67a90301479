import type { DailyRecordFact, HazardFact, SuggestionFact } from '../records/daily-record-facts.ts';
import { type DirectorReport, draftDirectorReport, isDirectorsOwn } from './director-report.ts';
import type { MinutesMeeting } from './minutes-meeting.ts';
import type { MonthlyMinutesContent, WeeklyReportSummary } from './monthly-minutes-content.ts';
import { type Period, requirePeriod } from '../schedules/periods.ts';
import { isOpenHazard, isRectifiedHazard } from '../hazards/hazard-status.ts';
import { dailyControlCoverage } from '../weekly-reports/daily-control-coverage.ts';
import { hazardCountsByItem, hazardLine, hazardsCarriedInto, hazardsReportedIn } from '../weekly-reports/hazard-lines.ts';
import { proposeArrangements } from './proposed-arrangements.ts';

/** What people wrote into the minutes: carried over each time the bot compiles them again from the records. */
export interface AuthoredParts {
  /** As the principal recorded it; empty until then. */
  meeting: MinutesMeeting;
  /** The director's report once they confirmed or wrote it; until then the bot drafts one from the weekly reports. */
  directorReport?: DirectorReport;
  /** The principal's summary as written; empty until then. */
  summary: string;
}

export const NOTHING_AUTHORED: AuthoredParts = { meeting: { date: '', attendees: [] }, summary: '' };

export function authoredPartsOf(content: MonthlyMinutesContent): AuthoredParts {
  return {
    meeting: { date: content.meeting.date, attendees: content.meeting.attendees },
    ...(content.directorReport ? { directorReport: content.directorReport } : {}),
    summary: content.summary ?? '',
  };
}

export interface MonthlyMinutesFacts extends AuthoredParts {
  unitId: string;
  unitName: string;
  periodStart: string;
  periodEnd: string;
  /** 主要负责人, who holds the meeting. */
  chair: string;
  /** 质量安全总监, who reports. */
  reporter: string;
  weeklyReports: readonly WeeklyReportSummary[];
  records: readonly DailyRecordFact[];
  hazards: readonly HazardFact[];
  suggestions: readonly SuggestionFact[];
  /** Decides which deadlines have passed: the unit's local date when the minutes are compiled. */
  today: string;
}

/**
 * The proposals the meeting has to account for: those made in the period, those answered in it, and every one made
 * earlier that is still unanswered — an unanswered veto never drops out of the minutes.
 */
function suggestionsFor(suggestions: readonly SuggestionFact[], period: Period): SuggestionFact[] {
  return suggestions
    .filter((suggestion) => suggestion.createdDate <= period.periodEnd)
    .filter((suggestion) =>
      suggestion.createdDate >= period.periodStart
      || suggestion.decision === undefined
      || (suggestion.answeredDate !== undefined && suggestion.answeredDate >= period.periodStart))
    .sort((left, right) => left.number - right.number);
}

/** The draft 《每月工业产品质量安全调度会议纪要》 (Art. 12) the principal edits and confirms. */
export function compileMonthlyMinutes(facts: MonthlyMinutesFacts): MonthlyMinutesContent {
  const period = { periodStart: facts.periodStart, periodEnd: facts.periodEnd };
  requirePeriod(period);
  const dailyControl = dailyControlCoverage(facts.records, period).totals;
  const found = hazardsReportedIn(facts.hazards, period);
  const dealtWith = [...hazardsCarriedInto(facts.hazards, period), ...found];
  const stillOpen = dealtWith.filter((hazard) => isOpenHazard(hazard.status)).map((hazard) => hazardLine(hazard, facts.today));
  const suggestions = suggestionsFor(facts.suggestions, period);
  return {
    unitId: facts.unitId,
    unitName: facts.unitName,
    ...period,
    meeting: { date: facts.meeting.date, chair: facts.chair, reporter: facts.reporter, attendees: [...facts.meeting.attendees] },
    weeklyReports: [...facts.weeklyReports].sort((left, right) => left.periodStart.localeCompare(right.periodStart)),
    dailyControl,
    hazards: {
      found: found.length,
      rectified: dealtWith.filter((hazard) => isRectifiedHazard(hazard.status)).length,
      stillOpen,
      foundThisPeriod: found.map((hazard) => hazardLine(hazard, facts.today)),
    },
    suggestions,
    directorReport: facts.directorReport !== undefined && isDirectorsOwn(facts.directorReport) ? facts.directorReport : draftDirectorReport(facts.weeklyReports),
    summary: facts.summary,
    proposedArrangements: proposeArrangements({
      stillOpen,
      itemCounts: hazardCountsByItem(found),
      dailyControl,
      unanswered: suggestions.filter((suggestion) => suggestion.decision === undefined),
    }),
  };
}
