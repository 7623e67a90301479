import { answerItem, unansweredItems } from '../../domain/daily-checks/daily-check.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { applyCheckChange, loadOwnCheck, requireCurrentRevision } from './daily-check-changes.ts';
import { dailyCheckView } from './daily-check-view.ts';
import { findCurrentCheck } from './find-current-check.ts';

export async function answerDailyItem(
  store: Store,
  input: { actorOpenId: string; checkId: string; revision: number; number: number; answer: 'normal' | 'not-applicable'; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await loadOwnCheck(transaction, input.checkId, input.actorOpenId);
    requireCurrentRevision(context, input.revision);
    const saved = await applyCheckChange(transaction, context, answerItem(context.check, input.number, input.answer), input.now);
    return {
      reply: `第 ${input.number} 项已记为${input.answer === 'normal' ? '正常' : '不适用'}`,
      tone: 'success',
      card: { view: dailyCheckView(saved, { unit: context.unit, checklist: context.checklist, officerName: context.officer.name }) },
    };
  });
}

/** 正常 <n> / 不适用 <n> by text: the same as the card's buttons, on the officer's current check. */
export async function answerDailyItemByText(
  store: Store,
  input: { actorOpenId: string; number: number; answer: 'normal' | 'not-applicable'; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await findCurrentCheck(transaction, input.actorOpenId, input.now);
    const changed = answerItem(context.check, input.number, input.answer);
    await applyCheckChange(transaction, context, changed, input.now);
    const remaining = unansweredItems(changed);
    return replied(
      `第 ${input.number} 项已记为${input.answer === 'normal' ? '正常' : '不适用'}。${
        remaining.length > 0 ? `还有第 ${remaining.join('、')} 项待检查。` : '全部项目已填写，回复「提交」提交检查记录。'
      }`,
    );
  });
}
