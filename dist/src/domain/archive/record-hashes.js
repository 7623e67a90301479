import { contentHash } from "./canonical-hash.js";
/**
 * What each audit entry's content hash covers, one function per kind of fact. The code that writes an entry and
 * `qs verify`, which recomputes it from the stored rows, both call these, so the two can never drift apart.
 * Only facts that never change afterwards are covered, picked field by field so that a caller passing a richer
 * object cannot widen the hash: a later step is an entry of its own.
 */
export const recordHashes = {
    dailyCheckSubmission(record) {
        const answers = [...record.answers]
            .sort((left, right) => left.number - right.number)
            .map((answer) => ({ number: answer.number, answer: answer.answer, description: answer.description ?? null, measures: answer.measures ?? null, serious: answer.serious }));
        const { unitId, officerId, date, shift, checklistId, checklistVersion, revision } = record;
        return contentHash({ unitId, officerId, date, shift, checklistId, checklistVersion, revision, submittedAt: record.submittedAt.toISOString(), answers });
    },
    dailyCheckClosure(record) {
        const { checkId, unitId, officerId, date, shift, status, reason } = record;
        return contentHash({ checkId, unitId, officerId, date, shift, status, reason });
    },
    hazardReport(hazard) {
        const { unitId, number, dailyCheckId, itemCode, itemText, description, measures, serious, reportedById } = hazard;
        return contentHash({ unitId, number, dailyCheckId, itemCode, itemText, description, measures, serious, reportedById, reportedAt: hazard.reportedAt.toISOString() });
    },
    hazardStep(step) {
        return contentHash({ hazardId: step.hazardId, action: step.action, actorId: step.actorId, details: step.details, at: step.at.toISOString() });
    },
    weeklyReportConfirmation(report) {
        return contentHash({ content: report.content, director: report.director, confirmedById: report.confirmedById, confirmedAt: report.confirmedAt.toISOString() });
    },
    minutesConfirmation(minutes) {
        return contentHash({ content: minutes.content, arrangements: minutes.arrangements, confirmedById: minutes.confirmedById, confirmedAt: minutes.confirmedAt.toISOString() });
    },
    suggestionProposal(suggestion) {
        const { unitId, number, kind, proposerId, text } = suggestion;
        return contentHash({ unitId, number, kind, proposerId, text, createdAt: suggestion.createdAt.toISOString() });
    },
    suggestionAnswer(answer) {
        const { suggestionId, decision, answeredById } = answer;
        return contentHash({ suggestionId, decision, answer: answer.answer, answeredById, answeredAt: answer.answeredAt.toISOString() });
    },
    suspension(period) {
        return contentHash({ unitId: period.unitId, startDate: period.startDate, endDate: period.endDate, reason: period.reason });
    },
    appointmentStart(appointment) {
        const { appointmentId, unitId, personId, role, reason } = appointment;
        return contentHash({ appointmentId, unitId, personId, role, reason, startedAt: appointment.startedAt.toISOString() });
    },
    appointmentEnd(appointment) {
        return contentHash({ appointmentId: appointment.appointmentId, endReason: appointment.endReason, endedAt: appointment.endedAt.toISOString() });
    },
    assessment(assessment) {
        return contentHash({ personId: assessment.personId, kind: assessment.kind, date: assessment.date, passed: assessment.passed });
    },
    checklistVersion(checklist) {
        return contentHash({ unitId: checklist.unitId, version: checklist.version, items: checklist.items.map(({ code, text, guidance, category }) => ({ code, text, guidance, category })) });
    },
    dutyStatement(statement) {
        return contentHash({ unitId: statement.unitId, kind: statement.kind, version: statement.version, text: statement.text });
    },
};
//# sourceMappingURL=record-hashes.js.map