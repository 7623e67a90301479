import type { ArchivedAssessment, ArchivedTrainingSession, ArchiveOverview } from './archive-snapshot.ts';
import { ROLE_NAMES } from '../people/role.ts';
import { postsHeldDuring } from './posts-held.ts';
import { earlierDate, laterDate } from './archive-times.ts';

export type ManagerRole = 'director' | 'officer';

/** passed / failed: the latest assessment up to the end of the period; none: no assessment recorded by then. */
export type AssessmentState = 'passed' | 'failed' | 'none';

/** A record as the post holders' table shows it: its day, its result and what else was written down. */
export interface RecordSummary {
  date: string;
  passed: boolean;
  note: string;
  score?: number;
  assessor?: string;
}

export interface PostHolderAssessment {
  personId: string;
  personName: string;
  /** 质量安全总监 first, then 质量安全员. */
  roles: ManagerRole[];
  tenures: Array<{ role: ManagerRole; from: string; to: string }>;
  /** The latest training session attended, or training recorded as done, up to the end of the period. */
  latestTraining?: RecordSummary;
  latestAssessment?: RecordSummary;
  state: AssessmentState;
  /** The day of a failed 监督抽查考核 up to the end of the period whose rectification was not recorded by then. */
  unrectifiedSpotCheck?: string;
}

/**
 * 38号文 附件2 §2.5: 检查质量安全总监和质量安全员培训考核情况 (Art. 6, 15: no post without training and a passed
 * assessment). Each post holder without either is a gap of their own, so a unit that recorded nothing never reads as
 * complete.
 */
export interface TrainingAssessmentIndex {
  people: PostHolderAssessment[];
  directorRequired: boolean;
  directorAppointed: boolean;
  officerAppointed: boolean;
  gaps: string[];
}

const chineseOrder = new Intl.Collator('zh-Hans-CN');
const ROLE_ORDER: readonly ManagerRole[] = ['director', 'officer'];

function latest(records: readonly ArchivedAssessment[], kind: ArchivedAssessment['kind'], until: string): ArchivedAssessment | undefined {
  return records
    .filter((record) => record.kind === kind && record.date <= until)
    .sort((left, right) => right.date.localeCompare(left.date) || Number(right.passed) - Number(left.passed))[0];
}

function summary(record: ArchivedAssessment): RecordSummary {
  return {
    date: record.date,
    passed: record.passed,
    note: record.note,
    ...(record.score === undefined ? {} : { score: record.score }),
    ...(record.assessor === undefined ? {} : { assessor: record.assessor }),
  };
}

/** Sessions count as training on record from their day on; so does a training the organisation file recorded as done. */
function latestTraining(sessions: readonly ArchivedTrainingSession[], records: readonly ArchivedAssessment[], personId: string, until: string): RecordSummary | undefined {
  const attended = sessions
    .filter((session) => session.date <= until && session.attendees.some((attendee) => attendee.personId === personId))
    .map((session): RecordSummary => ({ date: session.date, passed: true, note: `${session.subject}（${session.hours} 学时）` }));
  const completed = records.filter((record) => record.kind === 'training' && record.date <= until).map(summary);
  return [...attended, ...completed].sort((left, right) => right.date.localeCompare(left.date) || Number(right.passed) - Number(left.passed))[0];
}

function unrectifiedSpotCheck(records: readonly ArchivedAssessment[], until: string): string | undefined {
  return records
    .filter((record) => record.kind === 'spot-check' && !record.passed && record.date <= until && (record.rectifiedOn === undefined || record.rectifiedOn > until))
    .map((record) => record.date)
    .sort()
    .at(-1);
}

function rolesText(roles: readonly ManagerRole[]): string {
  return roles.map((role) => ROLE_NAMES[role]).join('、');
}

function gapOf(person: PostHolderAssessment): string[] {
  const holding = `${person.personName} 担任${rolesText(person.roles)}`;
  return [
    ...(person.latestTraining === undefined ? [`${holding}但没有培训记录`] : []),
    ...(person.state === 'none' ? [`${holding}但没有合格的考核记录`] : []),
    ...(person.state === 'failed' ? [`${holding}，但最近一次考核（${person.latestAssessment?.date ?? '—'}）未通过`] : []),
    ...(person.unrectifiedSpotCheck === undefined ? [] : [`${person.personName} ${person.unrectifiedSpotCheck} 监督抽查考核不合格，未记录整改措施`]),
  ];
}

export function trainingAssessmentIndex(snapshot: ArchiveOverview): TrainingAssessmentIndex {
  const { period, unit } = snapshot;
  const posts = postsHeldDuring(snapshot.appointments, period, unit.timeZone)
    .flatMap((post) => (post.role === 'principal' ? [] : [{ ...post, role: post.role }]));
  const people = new Map<string, Omit<PostHolderAssessment, 'state'>>();
  for (const post of posts) {
    const person = people.get(post.personId) ?? { personId: post.personId, personName: post.personName, roles: [], tenures: [] };
    people.set(post.personId, {
      ...person,
      roles: ROLE_ORDER.filter((role) => role === post.role || person.roles.includes(role)),
      tenures: [...person.tenures, { role: post.role, from: laterDate(post.firstDay, period.from), to: earlierDate(post.lastDay ?? period.to, period.to) }],
    });
  }
  const holders = [...people.values()].map((person): PostHolderAssessment => {
    const records = snapshot.assessments.filter((record) => record.personId === person.personId);
    const assessment = latest(records, 'assessment', period.to);
    const training = latestTraining(snapshot.trainingSessions, records, person.personId, period.to);
    const spotCheck = unrectifiedSpotCheck(records, period.to);
    return {
      ...person,
      tenures: [...person.tenures].sort((left, right) => left.from.localeCompare(right.from)),
      ...(training === undefined ? {} : { latestTraining: training }),
      ...(assessment === undefined ? {} : { latestAssessment: summary(assessment) }),
      state: assessment === undefined ? 'none' : assessment.passed ? 'passed' : 'failed',
      ...(spotCheck === undefined ? {} : { unrectifiedSpotCheck: spotCheck }),
    };
  }).sort((left, right) =>
    ROLE_ORDER.indexOf(left.roles[0] ?? 'officer') - ROLE_ORDER.indexOf(right.roles[0] ?? 'officer')
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
