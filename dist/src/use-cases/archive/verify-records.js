import { chainHash, genesisHash } from "../../domain/archive/audit-chain.js";
import { recordHashes } from "../../domain/archive/record-hashes.js";
function factOf(entry) {
    return { at: entry.at, unitId: entry.unitId, actor: entry.actor, action: entry.action, recordType: entry.recordType, recordId: entry.recordId, contentHash: entry.contentHash };
}
/** The chain itself: every entry's hash recomputes, links to the one before, and none is missing. */
export function verifyChain(entries) {
    const problems = [];
    let previous;
    for (const entry of entries) {
        const label = `审计记录第 ${entry.sequence} 条（${entry.action} ${entry.recordId}）`;
        if (previous && entry.sequence !== previous.sequence + 1) {
            problems.push({ record: `审计记录第 ${previous.sequence + 1}–${entry.sequence - 1} 条`, problem: '已被删除，审计链断开' });
        }
        const expectedPrevious = previous?.hash ?? genesisHash;
        if (entry.previousHash !== expectedPrevious)
            problems.push({ record: label, problem: '与前一条记录的链接不符，前面的记录被改动或删除过' });
        if (chainHash(entry.previousHash, factOf(entry)) !== entry.hash)
            problems.push({ record: label, problem: '内容与其哈希不符，审计记录本身被改动过' });
        previous = entry;
    }
    return problems;
}
const emptyInvestigation = { date: '', scope: '', people: '', findings: '' };
function answersOf(check, revision) {
    return check.answers
        .filter((answer) => answer.revision === revision)
        .map((answer) => ({
        number: answer.position,
        answer: answer.answer,
        serious: answer.serious,
        ...(answer.description !== null ? { description: answer.description } : {}),
        ...(answer.measures !== null ? { measures: answer.measures } : {}),
    }));
}
/** Recomputes one entry's content hash from the rows it speaks of; undefined when the rows are gone. */
function recomputed(rows, entry, names) {
    const [id = '', facet = ''] = entry.recordId.split('#');
    switch (entry.recordType) {
        case 'daily-check': {
            const check = rows.dailyChecks.find((candidate) => candidate.id === id);
            const revision = Number(facet) || 1;
            const label = check ? `每日检查记录 ${check.date}${check.shift ? ` ${check.shift}` : ''} ${names.get(check.officerId) ?? ''}（第 ${revision} 版）` : `每日检查记录 ${id}`;
            if (!check)
                return { label, hash: undefined };
            if (entry.action === 'daily-check.submitted' || entry.action === 'daily-check.corrected') {
                const checklist = rows.checklists.find((candidate) => candidate.id === check.checklistId);
                return {
                    label,
                    hash: recordHashes.dailyCheckSubmission({
                        unitId: check.unitId,
                        officerId: check.officerId,
                        date: check.date,
                        shift: check.shift,
                        checklistId: check.checklistId,
                        checklistVersion: checklist?.version ?? -1,
                        revision,
                        submittedAt: entry.at,
                        answers: answersOf(check, revision),
                    }),
                };
            }
            return {
                label,
                hash: recordHashes.dailyCheckClosure({
                    checkId: check.id,
                    unitId: check.unitId,
                    officerId: check.officerId,
                    date: check.date,
                    shift: check.shift,
                    status: check.status,
                    reason: check.status === 'suspended' ? check.suspensionReason : null,
                }),
            };
        }
        case 'hazard': {
            const hazard = rows.hazards.find((candidate) => candidate.id === id);
            return { label: hazard ? `第 ${hazard.number} 号隐患` : `隐患 ${id}`, hash: hazard ? recordHashes.hazardReport(hazard) : undefined };
        }
        case 'hazard-step': {
            const hazard = rows.hazards.find((candidate) => candidate.events.some((event) => event.id === id));
            const event = hazard?.events.find((candidate) => candidate.id === id);
            return {
                label: hazard ? `第 ${hazard.number} 号隐患的处理记录（${entry.action}）` : `隐患处理记录 ${id}`,
                hash: hazard && event ? recordHashes.hazardStep({ hazardId: hazard.id, action: event.action, actorId: event.actorId, at: event.at, details: event.details }) : undefined,
            };
        }
        case 'weekly-report': {
            const report = rows.weeklyReports.find((candidate) => candidate.id === id);
            const label = report ? `周报 ${report.periodStart} 至 ${report.periodEnd}` : `周报 ${id}`;
            if (!report?.confirmedById || !report.confirmedAt)
                return { label, hash: undefined };
            const director = {
                investigation: { ...emptyInvestigation, ...(report.investigation ?? {}) },
                analysis: report.analysis,
                measures: report.measures,
            };
            return { label, hash: recordHashes.weeklyReportConfirmation({ content: report.content, director, confirmedById: report.confirmedById, confirmedAt: report.confirmedAt }) };
        }
        case 'monthly-minutes': {
            const minutes = rows.monthlyMinutes.find((candidate) => candidate.id === id);
            const label = minutes ? `调度会议纪要 ${minutes.periodStart} 至 ${minutes.periodEnd}` : `调度会议纪要 ${id}`;
            if (!minutes?.confirmedById || !minutes.confirmedAt)
                return { label, hash: undefined };
            return {
                label,
                hash: recordHashes.minutesConfirmation({ content: minutes.content, arrangements: minutes.arrangements ?? [], confirmedById: minutes.confirmedById, confirmedAt: minutes.confirmedAt }),
            };
        }
        case 'suggestion': {
            const suggestion = rows.suggestions.find((candidate) => candidate.id === id);
            const label = suggestion ? `第 ${suggestion.number} 号${suggestion.kind === 'veto' ? '否决建议' : '建议'}${facet === 'answer' ? '的答复' : ''}` : `建议 ${id}`;
            if (!suggestion)
                return { label, hash: undefined };
            if (facet !== 'answer')
                return { label, hash: recordHashes.suggestionProposal({ ...suggestion, unitId: rows.unit.id }) };
            if (!suggestion.decision || suggestion.answer === null || !suggestion.answeredById || !suggestion.answeredAt)
                return { label, hash: undefined };
            return { label, hash: recordHashes.suggestionAnswer({ suggestionId: suggestion.id, decision: suggestion.decision, answer: suggestion.answer, answeredById: suggestion.answeredById, answeredAt: suggestion.answeredAt }) };
        }
        case 'suspension': {
            const period = rows.suspensions.find((candidate) => candidate.id === id);
            return { label: period ? `停产停业记录 ${period.startDate} 至 ${period.endDate}` : `停产停业记录 ${id}`, hash: period ? recordHashes.suspension({ unitId: rows.unit.id, startDate: period.startDate, endDate: period.endDate, reason: period.reason }) : undefined };
        }
        case 'appointment': {
            const appointment = rows.appointments.find((candidate) => candidate.id === id);
            const label = appointment ? `${names.get(appointment.personId) ?? ''} 的任命记录（${facet === 'end' ? '免职' : '任命'}）` : `任命记录 ${id}`;
            if (!appointment)
                return { label, hash: undefined };
            if (facet === 'end') {
                return { label, hash: appointment.endedAt && appointment.endReason !== null ? recordHashes.appointmentEnd({ appointmentId: appointment.id, endedAt: appointment.endedAt, endReason: appointment.endReason }) : undefined };
            }
            return { label, hash: recordHashes.appointmentStart({ appointmentId: appointment.id, unitId: rows.unit.id, personId: appointment.personId, role: appointment.role, startedAt: appointment.startedAt, reason: appointment.reason }) };
        }
        case 'assessment': {
            const [personId = '', kind = '', date = ''] = entry.recordId.split('#');
            const assessment = rows.assessments.find((candidate) => candidate.personId === personId && candidate.kind === kind && candidate.date === date);
            return { label: `${names.get(personId) ?? ''} ${date} 的培训考核记录`, hash: assessment ? recordHashes.assessment(assessment) : undefined };
        }
        case 'checklist': {
            const version = Number(facet);
            const checklist = rows.checklists.find((candidate) => candidate.version === version);
            return { label: `风险管控清单第 ${version} 版`, hash: checklist ? recordHashes.checklistVersion({ unitId: rows.unit.id, version, items: checklist.items }) : undefined };
        }
        case 'duty-statement': {
            const statement = rows.dutyStatements.find((candidate) => candidate.id === id);
            return { label: statement ? `${statement.kind === 'director-duties' ? '质量安全总监职责' : '质量安全员守则'}第 ${statement.version} 版` : `职责文本 ${id}`, hash: statement ? recordHashes.dutyStatement({ unitId: rows.unit.id, kind: statement.kind, version: statement.version, text: statement.text }) : undefined };
        }
        default:
            return undefined;
    }
}
/** Submitted or confirmed records that no audit entry vouches for were written around the bot. */
function unvouched(rows, names) {
    const vouched = new Set(rows.audit.map((entry) => `${entry.recordType}:${entry.recordId}`));
    const problems = [];
    for (const check of rows.dailyChecks) {
        if (check.status !== 'open' && !vouched.has(`daily-check:${check.id}#${check.revision}`)) {
            problems.push({ record: `每日检查记录 ${check.date} ${names.get(check.officerId) ?? ''}（第 ${check.revision} 版）`, problem: '没有对应的审计记录，可能是绕过系统直接写入数据库的' });
        }
    }
    for (const report of rows.weeklyReports.filter((candidate) => candidate.status === 'confirmed')) {
        if (!vouched.has(`weekly-report:${report.id}`))
            problems.push({ record: `周报 ${report.periodStart} 至 ${report.periodEnd}`, problem: '标记为已确认，但没有确认的审计记录' });
    }
    for (const minutes of rows.monthlyMinutes.filter((candidate) => candidate.status === 'confirmed')) {
        if (!vouched.has(`monthly-minutes:${minutes.id}`))
            problems.push({ record: `调度会议纪要 ${minutes.periodStart} 至 ${minutes.periodEnd}`, problem: '标记为已确认，但没有确认的审计记录' });
    }
    return problems;
}
/**
 * `qs verify`: the whole chain, then every unit's records recomputed against the hashes their audit entries hold.
 * Rows removed by a recorded purge (older than its cut-off) are expected to be gone.
 */
export async function verifyRecords(archive) {
    const chain = await archive.auditChain();
    const problems = verifyChain(chain);
    const purgedBefore = chain
        .filter((entry) => entry.action === 'records.purged')
        .map((entry) => entry.recordId.replace(/^before:/, ''))
        .sort()
        .at(-1);
    let records = 0;
    for (const unitId of await archive.unitIds()) {
        const rows = await archive.unit(unitId);
        if (!rows)
            continue;
        const names = new Map(rows.people.map((person) => [person.id, person.name]));
        for (const entry of rows.audit) {
            const result = recomputed(rows, entry, names);
            if (!result)
                continue;
            records += 1;
            if (result.hash === undefined) {
                const purged = purgedBefore !== undefined && entry.at.toISOString().slice(0, 10) < purgedBefore;
                if (!purged)
                    problems.push({ record: `${rows.unit.name}：${result.label}`, problem: '记录已被删除或缺少内容，审计记录仍在' });
            }
            else if (result.hash !== entry.contentHash) {
                problems.push({ record: `${rows.unit.name}：${result.label}`, problem: '内容与审计记录中的哈希不符，记录在提交或确认后被改动过' });
            }
        }
        problems.push(...unvouched(rows, names).map((problem) => ({ ...problem, record: `${rows.unit.name}：${problem.record}` })));
    }
    return { entries: chain.length, records, problems };
}
//# sourceMappingURL=verify-records.js.map