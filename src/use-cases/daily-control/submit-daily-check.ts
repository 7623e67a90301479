import { outcomeOf, submit, submitRemainingAsNormal, startCorrection, hazardsOf } from '../../domain/daily-checks/daily-check.ts';
import { DomainError } from '../../domain/domain-error.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import type { InteractionResult } from '../interaction-result.ts';
import { applyCheckChange, type CheckContext, loadOwnCheck, requireCurrentRevision } from './daily-check-changes.ts';
import { dailyCheckView } from './daily-check-view.ts';
import { findCurrentCheck } from './find-current-check.ts';

type SubmitMode = 'remaining-normal' | 'as-answered';

async function submitCheck(transaction: StoreTransaction, context: CheckContext, mode: SubmitMode, now: Date): Promise<InteractionResult> {
  if (context.check.status === 'submitted') {
    throw new DomainError(
      'CHECK_ALREADY_SUBMITTED',
      `${context.check.date} 的检查记录已于${dailyCheckView(context.check, { unit: context.unit, checklist: context.checklist, officerName: context.officer.name }).submittedAt ?? ''}提交，无需重复提交。如需修改，请回复「更正」。`,
    );
  }
  const changed = mode === 'remaining-normal' ? submitRemainingAsNormal(context.check) : submit(context.check);
  const saved = await applyCheckChange(transaction, context, changed, now);
  const hazards = hazardsOf(changed).length;
  const reply =
    outcomeOf(changed.answers) === 'zero-risk'
      ? `已提交 ${context.check.date} 的零风险报告：${context.checklist.items.length} 项检查全部正常。`
      : `已提交 ${context.check.date} 的检查记录：发现隐患 ${hazards} 项，其余项目正常。`;
  return {
    reply,
    tone: 'success',
    card: { view: dailyCheckView(saved, { unit: context.unit, checklist: context.checklist, officerName: context.officer.name }) },
  };
}

export async function submitDailyCheckOnCard(
  store: Store,
  input: { actorOpenId: string; checkId: string; revision: number; mode: SubmitMode; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await loadOwnCheck(transaction, input.checkId, input.actorOpenId);
    if (context.check.status === 'open') requireCurrentRevision(context, input.revision);
    return submitCheck(transaction, context, input.mode, input.now);
  });
}

export async function submitDailyCheckByText(
  store: Store,
  input: { actorOpenId: string; mode: SubmitMode; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await findCurrentCheck(transaction, input.actorOpenId, input.now);
    const result = await submitCheck(transaction, context, input.mode, input.now);
    return { reply: result.reply, tone: result.tone };
  });
}

/** 更正 reopens today's submitted record as a new revision on the same card; the submitted revision is kept. */
export async function startDailyCorrection(store: Store, input: { actorOpenId: string; now: Date }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await findCurrentCheck(transaction, input.actorOpenId, input.now);
    const reopened = startCorrection(context.check);
    await applyCheckChange(transaction, context, reopened, input.now);
    return {
      reply: `已开始更正 ${context.check.date} 的检查记录（第 ${reopened.revision} 版）。原记录已保留。请在检查卡片上重新确认，或回复「全部正常」「异常 <序号> <描述>」。`,
      tone: 'info',
    };
  });
}
