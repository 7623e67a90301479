import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { confirmMinutes } from './confirm-monthly-minutes.ts';
import { findMinutesForPrincipal, type MinutesReference } from './find-minutes.ts';
import { refreshMinutesCards } from './minutes-cards.ts';

/** The principal's next-month arrangements replace the proposed ones (form or 安排 by text); optionally confirmed at once. */
export async function saveMinutesArrangements(
  dependencies: { store: Store; documents: DocumentRenderer },
  input: { actorOpenId: string; minutes: MinutesReference; arrangements: string[]; confirm: boolean; now: Date },
): Promise<InteractionResult> {
  return dependencies.store.transaction(async (transaction) => {
    const { minutes, principal } = await findMinutesForPrincipal(transaction, input.actorOpenId, input.minutes);
    if (minutes.status === 'confirmed') throw new WordedRefusal('MINUTES_CONFIRMED', '这份纪要已确认，内容已冻结，不能再修改。');
    const arrangements = input.arrangements.map((line) => line.trim()).filter((line) => line !== '');
    if (arrangements.length === 0) throw new WordedRefusal('ARRANGEMENTS_REQUIRED', '下月重点工作安排至少要有一条。');
    await transaction.monthlyMinutes.saveArrangements(minutes.id, arrangements);
    const saved = { ...minutes, arrangements };
    if (input.confirm) return confirmMinutes(transaction, dependencies.documents, saved, principal, input.now);
    const unit = await transaction.units.get(minutes.unitId);
    if (unit) await refreshMinutesCards(transaction, saved, unit);
    return replied(`已更新下月重点工作安排（${arrangements.length} 条）：\n${arrangements.map((line, index) => `${index + 1}. ${line}`).join('\n')}\n确认无误后回复「确认纪要」。`);
  });
}
