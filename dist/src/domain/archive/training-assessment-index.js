import { ROLE_NAMES } from "../people/role.js";
import { postsHeldDuring } from "./posts-held.js";
import { earlierDate, laterDate } from "./archive-times.js";
const chineseOrder = new Intl.Collator('zh-Hans-CN');
const ROLE_ORDER = ['director', 'officer'];
function latest(records, kind, until) {
    return records
        .filter((record) => record.kind === kind && record.date <= until)
        .sort((left, right) => right.date.localeCompare(left.date) || Number(right.passed) - Number(left.passed))[0];
}
function summary(record) {
    return record === undefined ? undefined : { date: record.date, passed: record.passed, note: record.note };
}
function rolesText(roles) {
    return roles.map((role) => ROLE_NAMES[role]).join('、');
}
function gapOf(person) {
    if (person.state === 'none')
        return [`${person.personName} 担任${rolesText(person.roles)}但没有合格的考核记录`];
    if (person.state === 'failed') {
        return [`${person.personName} 担任${rolesText(person.roles)}，但最近一次考核（${person.latestAssessment?.date ?? '—'}）未通过`];
    }
    return [];
}
export function trainingAssessmentIndex(snapshot) {
    const { period, unit } = snapshot;
    const posts = postsHeldDuring(snapshot.appointments, period, unit.timeZone)
        .flatMap((post) => (post.role === 'principal' ? [] : [{ ...post, role: post.role }]));
    const people = new Map();
    for (const post of posts) {
        const person = people.get(post.personId) ?? { personId: post.personId, personName: post.personName, roles: [], tenures: [] };
        people.set(post.personId, {
            ...person,
            roles: ROLE_ORDER.filter((role) => role === post.role || person.roles.includes(role)),
            tenures: [...person.tenures, { role: post.role, from: laterDate(post.firstDay, period.from), to: earlierDate(post.lastDay ?? period.to, period.to) }],
        });
    }
    const holders = [...people.values()].map((person) => {
        const records = snapshot.assessments.filter((record) => record.personId === person.personId);
        const assessment = latest(records, 'assessment', period.to);
        const training = latest(records, 'training', period.to);
        return {
            ...person,
            tenures: [...person.tenures].sort((left, right) => left.from.localeCompare(right.from)),
            ...(training === undefined ? {} : { latestTraining: summary(training) }),
            ...(assessment === undefined ? {} : { latestAssessment: summary(assessment) }),
            state: assessment === undefined ? 'none' : assessment.passed ? 'passed' : 'failed',
        };
    }).sort((left, right) => ROLE_ORDER.indexOf(left.roles[0] ?? 'officer') - ROLE_ORDER.indexOf(right.roles[0] ?? 'officer')
        || chineseOrder.compare(left.personName, right.personName)
        || left.personId.localeCompare(right.personId));
    const directorAppointed = holders.some((person) => person.roles.includes('director'));
    const officerAppointed = holders.some((person) => person.roles.includes('officer'));
    const staffing = [
        ...(unit.directorRequired && !directorAppointed ? [`本单位应当配备${ROLE_NAMES.director}，但本期无人担任`] : []),
        ...(!officerAppointed ? [`本期没有任命${ROLE_NAMES.officer}`] : []),
    ];
    return {
        people: holders,
        directorRequired: unit.directorRequired,
        directorAppointed,
        officerAppointed,
        gaps: [...staffing, ...holders.flatMap(gapOf)],
    };
}
//# sourceMappingURL=training-assessment-index.js.map