import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { Store } from '../../ports/store.ts';
import { confirmMinutes, type MinutesConfirmed } from './confirm-monthly-minutes.ts';
import { findMinutesForPrincipal, type MinutesReference } from './find-minutes.ts';
import { refreshMinutesCards } from './minutes-cards.ts';
import { refuseMinutes } from './minutes-refusals.ts';

export interface MinutesDraftSaved {
  kind: 'minutes-draft-saved';
  /** What this change set; a part not given was left as it was. */
  arrangements?: string[];
  summary?: string;
}

/**
 * The principal's own parts of the minutes: the summary of the period (总结) and the next period's arrangements,
 * which replace the proposed ones (form, or 总结 / 安排 by text); optionally confirmed at once.
 */
export async function saveMinutesDraft(
  dependencies: { store: Store; documents: DocumentRenderer },
  input: { actorOpenId: string; minutes: MinutesReference; arrangements?: string[]; summary?: string; confirm: boolean; now: Date },
): Promise<MinutesDraftSaved | MinutesConfirmed> {
  return dependencies.store.transaction(async (transaction) => {
    const { minutes, principal } = await findMinutesForPrincipal(transaction, input.actorOpenId, input.minutes);
    if (minutes.status === 'confirmed') throw refuseMinutes('minutes.frozen', {});
    let saved = minutes;
    if (input.arrangements !== undefined) {
      const arrangements = input.arrangements.map((line) => line.trim()).filter((line) => line !== '');
      if (arrangements.length === 0) throw refuseMinutes('minutes.arrangements-required', {});
      await transaction.monthlyMinutes.saveArrangements(minutes.id, arrangements);
      saved = { ...saved, arrangements };
    }
    const summary = input.summary?.trim();
    if (summary !== undefined && summary !== '') {
      saved = { ...saved, content: { ...saved.content, summary } };
      await transaction.monthlyMinutes.saveContent(minutes.id, saved.content);
    }
    if (input.confirm) return confirmMinutes(transaction, dependencies.documents, saved, principal, input.now);
    const unit = await transaction.units.get(minutes.unitId);
    if (unit) await refreshMinutesCards(transaction, saved, unit);
    return {
      kind: 'minutes-draft-saved',
      ...(input.arrangements !== undefined ? { arrangements: saved.arrangements } : {}),
      ...(summary ? { summary } : {}),
    };
  });
}
