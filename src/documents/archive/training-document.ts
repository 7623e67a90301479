import type { ArchivedAssessment, ArchiveOverview } from '../../domain/archive/archive-snapshot.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import { type PostHolderAssessment, type RecordSummary, trainingAssessmentIndex } from '../../domain/archive/training-assessment-index.ts';
import { ASSESSMENT_KIND_LABELS } from '../../domain/training/assessment-record.ts';
import { trainingArticles } from '../../domain/training/training-articles.ts';
import { type Block, dataTable, orDash, prose, renderDocx, sectionHeading, titleBlock } from '../document-parts.ts';
import { archiveDocumentHeader } from './archive-document-header.ts';

export const TRAINING_TITLE = '培训考核记录';

const chineseOrder = new Intl.Collator('zh-Hans-CN');

const ASSESSMENT_STATE_LABELS: Readonly<Record<PostHolderAssessment['state'], string>> = {
  passed: '考核合格',
  failed: '最近一次考核未通过',
  none: '无考核记录',
};

/** Who recorded a session, when it was not a person of the unit. */
const RECORDED_BY_LABELS: Readonly<Record<string, string>> = {
  'command-line': '命令行登记',
  'organisation-import': '组织文件导入',
};

function scoreAndAssessor(record: { score?: number; assessor?: string }): string {
  return [record.score === undefined ? '' : `${record.score} 分`, record.assessor ? `考核人：${record.assessor}` : ''].filter((part) => part !== '').join('，');
}

function latestText(record: RecordSummary | undefined, passed: string, failed: string): string {
  if (record === undefined) return '—';
  const details = scoreAndAssessor(record);
  return [`${record.date} ${record.passed ? passed : failed}${details ? `（${details}）` : ''}`, record.note].filter((part) => part.trim() !== '').join('\n');
}

function conclusion(person: PostHolderAssessment): string {
  return [
    ...(person.latestTraining === undefined ? ['无培训记录'] : []),
    ASSESSMENT_STATE_LABELS[person.state],
    ...(person.unrectifiedSpotCheck === undefined ? [] : ['监督抽查考核不合格，未记录整改']),
  ].join('\n');
}

/** The post holders of the period with where each stands (Art. 6: both must have passed training and assessment). */
export function postHolderRows(people: readonly PostHolderAssessment[]): string[][] {
  return people.map((person) => [
    person.personName,
    person.roles.map((role) => ROLE_NAMES[role]).join('\n'),
    person.tenures.map((tenure) => `${tenure.from} 至 ${tenure.to}`).join('\n'),
    latestText(person.latestTraining, '已完成', '未完成'),
    latestText(person.latestAssessment, '合格', '不合格'),
    conclusion(person),
  ]);
}

export const POST_HOLDER_COLUMNS = [
  { header: '姓名', weight: 0.9 },
  { header: '职务', weight: 1.1 },
  { header: '本期任职', weight: 1.5 },
  { header: '最近培训', weight: 1.6 },
  { header: '最近考核', weight: 1.6 },
  { header: '结论', weight: 1.1 },
];

function byDateThenName(left: ArchivedAssessment, right: ArchivedAssessment): number {
  return left.date.localeCompare(right.date) || chineseOrder.compare(left.personName, right.personName);
}

function sessions(snapshot: ArchiveOverview): Block[] {
  const held = snapshot.trainingSessions
    .filter((session) => session.date <= snapshot.period.to)
    .sort((left, right) => left.date.localeCompare(right.date) || left.recordedAt.localeCompare(right.recordedAt));
  if (held.length === 0) return prose(`截至 ${snapshot.period.to} 没有培训记录。`);
  return [
    ...prose(`截至 ${snapshot.period.to} 共有培训记录 ${held.length} 次，其中本期 ${held.filter((session) => session.date >= snapshot.period.from).length} 次。`),
    dataTable(
      [
        { header: '日期', weight: 1.1 },
        { header: '培训主题', weight: 1.6 },
        { header: '培训内容', weight: 2 },
        { header: '学时', weight: 0.6 },
        { header: '授课人', weight: 1 },
        { header: '参加人员', weight: 1.3 },
        { header: '登记', weight: 1 },
      ],
      held.map((session) => [
        session.date,
        session.subject,
        orDash(session.content),
        String(session.hours),
        orDash(session.trainer),
        session.attendees.map((attendee) => attendee.personName).join('、'),
        RECORDED_BY_LABELS[session.recordedBy] ?? session.recordedBy,
      ]),
    ),
  ];
}

function assessments(snapshot: ArchiveOverview): Block[] {
  const recorded = snapshot.assessments.filter((record) => record.kind !== 'spot-check' && record.date <= snapshot.period.to).sort(byDateThenName);
  if (recorded.length === 0) return prose(`截至 ${snapshot.period.to} 没有考核记录。`);
  return [
    dataTable(
      [
        { header: '日期', weight: 1.1 },
        { header: '姓名', weight: 0.9 },
        { header: '类型', weight: 0.7 },
        { header: '结果', weight: 0.8 },
        { header: '分数', weight: 0.6 },
        { header: '考核人', weight: 1.2 },
        { header: '说明', weight: 2 },
      ],
      recorded.map((record) => [
        record.date,
        record.personName,
        ASSESSMENT_KIND_LABELS[record.kind],
        record.kind === 'training' ? (record.passed ? '已完成' : '未完成') : record.passed ? '合格' : '不合格',
        record.score === undefined ? '—' : String(record.score),
        orDash(record.assessor),
        orDash(record.note),
      ]),
    ),
  ];
}

function spotChecks(snapshot: ArchiveOverview): Block[] {
  const checked = snapshot.assessments.filter((record) => record.kind === 'spot-check' && record.date <= snapshot.period.to).sort(byDateThenName);
  if (checked.length === 0) return prose(`截至 ${snapshot.period.to} 没有监督抽查考核记录。`);
  return [
    dataTable(
      [
        { header: '日期', weight: 1.1 },
        { header: '姓名', weight: 0.9 },
        { header: '考核机关', weight: 1.3 },
        { header: '结果', weight: 0.8 },
        { header: '分数', weight: 0.6 },
        { header: '整改措施', weight: 2 },
        { header: '整改日期', weight: 1.1 },
      ],
      checked.map((record) => [
        record.date,
        record.personName,
        orDash(record.assessor),
        record.passed ? '合格' : '不合格',
        record.score === undefined ? '—' : String(record.score),
        record.passed ? '—' : record.rectification ?? '未记录',
        orDash(record.rectifiedOn),
      ]),
    ),
  ];
}

/** Art. 15: training and assessment of the director and the officers, recorded and kept for inspection. */
export async function renderTrainingDocx(snapshot: ArchiveOverview): Promise<Buffer> {
  const index = trainingAssessmentIndex(snapshot);
  const articles = trainingArticles(snapshot.unit.kind);
  return renderDocx(TRAINING_TITLE, [
    ...titleBlock(TRAINING_TITLE, false),
    ...archiveDocumentHeader(snapshot),
    sectionHeading(1, '本期在岗人员培训考核情况'),
    ...(index.people.length === 0
      ? prose(`本期无人担任${ROLE_NAMES.director}或${ROLE_NAMES.officer}。`)
      : [dataTable(POST_HOLDER_COLUMNS, postHolderRows(index.people))]),
    sectionHeading(2, '培训记录'),
    ...sessions(snapshot),
    sectionHeading(3, '考核记录'),
    ...assessments(snapshot),
    sectionHeading(4, '监督抽查考核'),
    ...spotChecks(snapshot),
    ...prose(
      `质量安全总监和质量安全员应当参加本单位组织的质量安全管理人员培训并通过考核（${articles.order}${articles.competence}）；` +
        `未通过考核的人员不得担任相应岗位的质量安全管理人员，监督抽查考核不合格的，应当立即采取整改措施（${articles.order}${articles.recordKeeping}）。`,
    ),
  ]);
}
