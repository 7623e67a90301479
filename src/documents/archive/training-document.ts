import type { ArchiveOverview } from '../../domain/archive/archive-snapshot.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import { type PostHolderAssessment, trainingAssessmentIndex } from '../../domain/archive/training-assessment-index.ts';
import { type Block, dataTable, orDash, prose, renderDocx, sectionHeading, titleBlock } from '../document-parts.ts';
import { archiveDocumentHeader } from './archive-document-header.ts';

export const TRAINING_TITLE = '培训考核记录';

const chineseOrder = new Intl.Collator('zh-Hans-CN');

const ASSESSMENT_STATE_LABELS: Readonly<Record<PostHolderAssessment['state'], string>> = {
  passed: '考核合格',
  failed: '最近一次考核未通过',
  none: '无考核记录',
};

function latestText(record: { date: string; passed: boolean; note: string } | undefined, passed: string, failed: string): string {
  if (record === undefined) return '—';
  return [`${record.date} ${record.passed ? passed : failed}`, record.note].filter((part) => part.trim() !== '').join('\n');
}

/** The post holders of the period with where each stands (Art. 6: both must have passed training and assessment). */
export function postHolderRows(people: readonly PostHolderAssessment[]): string[][] {
  return people.map((person) => [
    person.personName,
    person.roles.map((role) => ROLE_NAMES[role]).join('\n'),
    person.tenures.map((tenure) => `${tenure.from} 至 ${tenure.to}`).join('\n'),
    latestText(person.latestTraining, '已完成', '未完成'),
    latestText(person.latestAssessment, '合格', '不合格'),
    ASSESSMENT_STATE_LABELS[person.state],
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

function records(snapshot: ArchiveOverview): Block[] {
  if (snapshot.assessments.length === 0) return prose('没有培训考核记录。');
  const ordered = [...snapshot.assessments].sort((left, right) => left.date.localeCompare(right.date) || chineseOrder.compare(left.personName, right.personName));
  return [
    dataTable(
      [
        { header: '日期', weight: 1.1 },
        { header: '姓名', weight: 0.9 },
        { header: '类型', weight: 0.7 },
        { header: '结果', weight: 0.8 },
        { header: '内容及说明', weight: 3 },
      ],
      ordered.map((record) => [
        record.date,
        record.personName,
        record.kind === 'training' ? '培训' : '考核',
        record.kind === 'training' ? (record.passed ? '已完成' : '未完成') : record.passed ? '合格' : '不合格',
        orDash(record.note),
      ]),
    ),
  ];
}

/** Art. 15: training and assessment of the director and the officers, recorded and kept for inspection. */
export async function renderTrainingDocx(snapshot: ArchiveOverview): Promise<Buffer> {
  const index = trainingAssessmentIndex(snapshot);
  return renderDocx(TRAINING_TITLE, [
    ...titleBlock(TRAINING_TITLE, false),
    ...archiveDocumentHeader(snapshot),
    sectionHeading(1, '本期在岗人员培训考核情况'),
    ...(index.people.length === 0
      ? prose(`本期无人担任${ROLE_NAMES.director}或${ROLE_NAMES.officer}。`)
      : [dataTable(POST_HOLDER_COLUMNS, postHolderRows(index.people))]),
    sectionHeading(2, '培训考核记录'),
    ...records(snapshot),
    ...prose('未通过考核的人员不得担任相应岗位的质量安全管理人员（第十五条）。'),
  ]);
}
