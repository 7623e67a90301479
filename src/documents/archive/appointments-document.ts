import type { ArchivedAppointment, ArchiveOverview } from '../../domain/archive/archive-snapshot.ts';
import { ROLE_NAMES, ROLES } from '../../domain/people/role.ts';
import { localDateOf, localDateTimeOf } from '../../domain/archive/archive-times.ts';
import { heldDuring, postHeld } from '../../domain/archive/posts-held.ts';
import { type Block, dataTable, orDash, periodText, prose, renderDocx, sectionHeading, titleBlock } from '../document-parts.ts';
import { archiveDocumentHeader } from './archive-document-header.ts';

export const APPOINTMENTS_TITLE = '质量安全管理人员任命及调整记录';

const chineseOrder = new Intl.Collator('zh-Hans-CN');

function byRoleThenName(left: ArchivedAppointment, right: ArchivedAppointment): number {
  return ROLES.indexOf(left.role) - ROLES.indexOf(right.role) || chineseOrder.compare(left.personName, right.personName);
}

function postsOfPeriod(snapshot: ArchiveOverview): Block[] {
  const { timeZone } = snapshot.unit;
  const held = snapshot.appointments
    .filter((appointment) => heldDuring(postHeld(appointment, timeZone), snapshot.period))
    .sort(byRoleThenName);
  if (held.length === 0) return prose('本期无人担任主要负责人、质量安全总监或质量安全员。');
  return [
    dataTable(
      [{ header: '职务', weight: 1.2 }, { header: '姓名', weight: 1 }, { header: '本期任职', weight: 2 }],
      held.map((appointment) => {
        const post = postHeld(appointment, timeZone);
        const from = post.firstDay > snapshot.period.from ? post.firstDay : snapshot.period.from;
        const to = post.lastDay === undefined || post.lastDay > snapshot.period.to ? snapshot.period.to : post.lastDay;
        return [ROLE_NAMES[appointment.role], appointment.personName, periodText(from, to)];
      }),
    ),
  ];
}

function history(snapshot: ArchiveOverview): Block[] {
  const { timeZone } = snapshot.unit;
  if (snapshot.appointments.length === 0) return prose('没有任命记录。');
  const ordered = [...snapshot.appointments].sort((left, right) => left.startedAt.localeCompare(right.startedAt) || byRoleThenName(left, right));
  return [
    dataTable(
      [
        { header: '姓名', weight: 0.9 },
        { header: '职务', weight: 1.1 },
        { header: '任命日期', weight: 1.1 },
        { header: '任命文件', weight: 1.6 },
        { header: '登记时间及依据', weight: 1.6 },
        { header: '免职时间', weight: 1.3 },
        { header: '免职原因', weight: 1.4 },
      ],
      ordered.map((appointment) => [
        appointment.personName,
        ROLE_NAMES[appointment.role],
        // Without a date in the organisation file, the appointment took effect when it was imported.
        appointment.effectiveOn ?? localDateOf(appointment.startedAt, timeZone),
        orDash(appointment.document),
        `${orDash(localDateTimeOf(appointment.startedAt, timeZone))}\n${appointment.reason}`,
        appointment.endedAt === undefined ? '在任' : orDash(localDateTimeOf(appointment.endedAt, timeZone)),
        orDash(appointment.endReason),
      ]),
    ),
  ];
}

/** Art. 13: the appointment and every adjustment of the principal, the director and the officers, kept for inspection. */
export async function renderAppointmentsDocx(snapshot: ArchiveOverview): Promise<Buffer> {
  return renderDocx(APPOINTMENTS_TITLE, [
    ...titleBlock(APPOINTMENTS_TITLE, false),
    ...archiveDocumentHeader(snapshot),
    sectionHeading(1, '本期任职情况'),
    ...postsOfPeriod(snapshot),
    sectionHeading(2, '任命及调整记录'),
    ...history(snapshot),
    ...prose('任命、调整均按发生时间如实记录，不得修改或删除；各人员的履职情况见检查索引（index.docx）及每日检查记录、每周排查治理报告、每月调度会议纪要。'),
  ]);
}
