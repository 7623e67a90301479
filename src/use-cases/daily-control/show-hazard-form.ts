import { DomainError } from '../../domain/domain-error.ts';
import type { Store } from '../../ports/store.ts';
import type { InteractionResult } from '../interaction-result.ts';
import { loadOwnCheck, requireCurrentRevision } from './daily-check-changes.ts';
import { dailyCheckView } from './daily-check-view.ts';

/** 异常 on a card opens the hazard form on that card; nothing is recorded until the form is submitted. */
export async function showHazardForm(
  store: Store,
  input: { actorOpenId: string; checkId: string; revision: number; number: number | undefined },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await loadOwnCheck(transaction, input.checkId, input.actorOpenId);
    requireCurrentRevision(context, input.revision);
    if (context.check.status !== 'open') {
      throw new DomainError('CHECK_NOT_OPEN', '这份检查已经不在填写状态。');
    }
    const view = dailyCheckView(context.check, { unit: context.unit, checklist: context.checklist, officerName: context.officer.name });
    return input.number === undefined
      ? { reply: '已收起隐患表单', tone: 'info', card: { view } }
      : { reply: `请填写第 ${input.number} 项的隐患描述和已采取的措施`, tone: 'info', card: { view, hazardFormItem: input.number } };
  });
}
