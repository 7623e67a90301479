import { formatLocalDateTime } from '../src/domain/calendar/local-time.ts';
import { hazardStatusLabel } from '../src/domain/hazards/hazard-status.ts';
import type { HazardStatus } from '../src/domain/records/daily-record-facts.ts';
import type { UnitRows } from '../src/ports/archive-rows.ts';

const DECISIONS: Readonly<Record<string, string>> = { adopted: '采纳', rejected: '驳回' };

/**
 * Where to look in a month of chats: the hazards, proposals, missed days, shutdowns and leaves as the records hold them,
 * each with its date and the people involved, so a reader can find them in the transcript below.
 */
export function readHighlights(units: readonly UnitRows[], timeZone: string): string[] {
  const day = (instant: Date) => formatLocalDateTime(instant, timeZone).slice(0, 10);
  const lines = units.flatMap((rows) => {
    const unitName = rows.unit.name;
    const personName = (personId: string | null) => rows.people.find((person) => person.id === personId)?.name ?? '';
    return [
      ...rows.hazards.map((hazard) => {
        const owner = hazard.ownerId ? `，整改负责人 ${personName(hazard.ownerId)}` : '';
        return `${day(hazard.reportedAt)} ${unitName} 第 ${hazard.number} 号隐患${hazard.serious ? '（严重）' : ''}：${hazard.description}（${personName(hazard.reportedById)} 上报${owner}）→ ${hazardStatusLabel(hazard.status as HazardStatus)}`;
      }),
      ...rows.suggestions.map((suggestion) => {
        const kind = suggestion.kind === 'veto' ? '否决建议' : '建议';
        const decision = suggestion.decision ? `${DECISIONS[suggestion.decision] ?? suggestion.decision}：${suggestion.answer ?? ''}（${personName(suggestion.answeredById)}）` : '尚未答复';
        return `${day(suggestion.createdAt)} ${unitName} 第 ${suggestion.number} 号${kind}（${personName(suggestion.proposerId)}）：${suggestion.text} → ${decision}`;
      }),
      ...rows.dailyChecks.filter((check) => check.status === 'missed').map((check) => `${check.date} ${unitName} ${personName(check.officerId)} 未提交每日检查，记为漏检`),
      ...rows.suspensions.map((period) => `${period.startDate} 至 ${period.endDate} ${unitName} 停产停业：${period.reason}（期间不推送每日检查）`),
      ...(rows.leaves ?? []).map((leave) => {
        const named = leave.substitutions.at(-1);
        const substitute = named ? `，由 ${personName(named.substituteId)} 代班检查` : '，未指定代班';
        return `${leave.startDate} 至 ${leave.endDate} ${unitName} ${personName(leave.personId)} 请假（${leave.reason}）${substitute}`;
      }),
    ];
  });
  return lines.sort();
}
