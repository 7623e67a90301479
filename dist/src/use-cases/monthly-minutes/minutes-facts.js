import { localTimeAt } from "../../domain/calendar/local-time.js";
import { compileMonthlyMinutes } from "../../domain/monthly-minutes/compile-monthly-minutes.js";
import { readRecordFacts } from "../records/read-record-facts.js";
import { readSuggestionFacts } from "../records/read-suggestion-facts.js";
/** The minutes as the records stand now: compiled for the draft, and again when the principal confirms. */
export async function compileMinutesContent(transaction, unit, period, meetingDate, now) {
    const members = await transaction.people.membersOf(unit.id);
    const named = (role) => members.filter((member) => member.roles.includes(role)).map((member) => member.name).join('、');
    const weekly = await transaction.weeklyReports.between(unit.id, period.periodStart, period.periodEnd);
    const facts = await readRecordFacts(transaction, unit, period.periodStart, period.periodEnd);
    const content = compileMonthlyMinutes({
        unitId: unit.id,
        unitName: unit.name,
        ...period,
        meetingDate,
        chair: named('principal'),
        reporter: named('director') || '（未设质量安全总监）',
        attendees: members.map((member) => member.name),
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
//# sourceMappingURL=minutes-facts.js.map