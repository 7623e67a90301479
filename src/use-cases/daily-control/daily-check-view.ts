import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import { frequencyLabel, itemsOnCheck } from '../../domain/checklists/item-frequency.ts';
import type { DailyCheckView } from '../../ports/notifications.ts';
import type { ChecklistRecord } from '../../ports/checklist-repository.ts';
import type { StoredDailyCheck } from '../../ports/daily-check-repository.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';

/** The checklist as a check's card shows it: the items due on it, numbered from 1 as the officer types them in chat. */
export function checklistOnCheck(checklist: ChecklistRecord, check: Pick<StoredDailyCheck, 'dueItems'>): ChecklistRecord {
  return { ...checklist, items: itemsOnCheck(checklist.items, check.dueItems) };
}

/** `checklist` is the checklist on the check (`checklistOnCheck`). */
export function dailyCheckView(
  check: StoredDailyCheck,
  context: { unit: UnitProfile; checklist: ChecklistRecord; officerName: string; substituteName?: string | undefined },
): DailyCheckView {
  const answers = new Map(check.answers.map((answer) => [answer.number, answer]));
  return {
    checkId: check.id,
    unitName: context.unit.name,
    date: check.date,
    shift: check.shift,
    checklistVersion: context.checklist.version,
    officerName: context.officerName,
    revision: check.revision,
    status: check.status,
    ...(check.outcome ? { outcome: check.outcome } : {}),
    items: context.checklist.items.map((item) => {
      const answer = answers.get(item.number);
      return {
        number: item.number,
        code: item.code,
        text: item.text,
        guidance: item.guidance,
        // Only the items not checked every day say when they are, so the officer sees why they are on today's card.
        ...(item.frequency.kind === 'weekly' || item.frequency.kind === 'monthly' ? { frequency: frequencyLabel(item.frequency) } : {}),
        ...(answer ? { answer: answer.answer } : {}),
        ...(answer?.description ? { description: answer.description } : {}),
        ...(answer?.measures ? { measures: answer.measures } : {}),
      };
    }),
    ...(check.status === 'submitted' && check.submittedAt ? { submittedAt: formatLocalDateTime(check.submittedAt, context.unit.timeZone), submittedBy: context.substituteName ?? context.officerName } : {}),
    ...(check.status === 'suspended' && check.suspensionReason ? { suspensionReason: check.suspensionReason } : {}),
    ...(context.substituteName ? { substituteName: context.substituteName } : {}),
  };
}

/** The card of a check as it stands after a change, for the person whose record it is. */
export function viewOfContext(context: { unit: UnitProfile; checklist: ChecklistRecord; officer: { name: string }; substitute?: { name: string } | undefined }, check: StoredDailyCheck): DailyCheckView {
  return dailyCheckView(check, { unit: context.unit, checklist: context.checklist, officerName: context.officer.name, substituteName: context.substitute?.name });
}
