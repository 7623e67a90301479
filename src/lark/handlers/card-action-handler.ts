import { acknowledgeHazard } from '../../use-cases/hazards/acknowledge-hazard.ts';
import { answerDailyItem } from '../../use-cases/daily-control/answer-daily-item.ts';
import { reportHazardOnCard } from '../../use-cases/daily-control/report-daily-hazard.ts';
import { showHazardForm } from '../../use-cases/daily-control/show-hazard-form.ts';
import { submitDailyCheckOnCard } from '../../use-cases/daily-control/submit-daily-check.ts';
import type { InteractionResult } from '../../use-cases/interaction-result.ts';
import { CardActionValue, HazardFormFields } from '../cards/card-action-values.ts';
import { buildDailyCheckCard } from '../cards/daily-check-card.ts';
import type { CardActionDelivery } from '../receiver/delivery-schemas.ts';
import { actionTime } from './action-time.ts';
import type { HandlerDependencies } from './handler-dependencies.ts';
import { runInteraction } from './run-interaction.ts';

export interface CardCallbackAnswer {
  toast?: { type: 'success' | 'info' | 'warning' | 'error'; content: string };
  card?: { type: 'raw'; data: unknown };
}

function formText(formValue: Record<string, unknown> | undefined, name: string): string {
  const value = formValue?.[name];
  return typeof value === 'string' ? value : '';
}

/** A checker reports a boolean; a select reports its option value; both mean "serious" when set. */
function formFlag(formValue: Record<string, unknown> | undefined, name: string): boolean {
  const value = formValue?.[name];
  if (Array.isArray(value)) return value.length > 0;
  return value === true || value === 'true' || value === 'yes' || value === 'serious';
}

function route(dependencies: HandlerDependencies, value: CardActionValue, delivery: CardActionDelivery): Promise<InteractionResult> {
  const { store } = dependencies;
  const actorOpenId = delivery.operatorOpenId;
  const now = actionTime(delivery.pressedAtMilliseconds, dependencies.now());
  switch (value.action) {
    case 'daily.answer':
      return answerDailyItem(store, { actorOpenId, checkId: value.checkId, revision: value.revision, number: value.number, answer: value.answer, now });
    case 'daily.open-hazard-form':
      return showHazardForm(store, { actorOpenId, checkId: value.checkId, revision: value.revision, number: value.number });
    case 'daily.close-hazard-form':
      return showHazardForm(store, { actorOpenId, checkId: value.checkId, revision: value.revision, number: undefined });
    case 'daily.report-hazard':
      return reportHazardOnCard(store, {
        actorOpenId,
        checkId: value.checkId,
        revision: value.revision,
        number: value.number,
        description: formText(delivery.formValue, HazardFormFields.description),
        measures: formText(delivery.formValue, HazardFormFields.measures),
        serious: formFlag(delivery.formValue, HazardFormFields.serious),
        now,
      });
    case 'daily.all-normal':
      return submitDailyCheckOnCard(store, { actorOpenId, checkId: value.checkId, revision: value.revision, mode: 'remaining-normal', now });
    case 'daily.submit':
      return submitDailyCheckOnCard(store, { actorOpenId, checkId: value.checkId, revision: value.revision, mode: 'as-answered', now });
    case 'hazard.acknowledge':
      return acknowledgeHazard(store, { actorOpenId, hazardId: value.hazardId, now });
  }
}

/** A card press: the answer is a toast, and the card itself when the press changed what the card shows. */
export async function handleCardAction(dependencies: HandlerDependencies, delivery: CardActionDelivery): Promise<CardCallbackAnswer> {
  const parsed = CardActionValue.safeParse(delivery.value);
  if (!parsed.success) {
    dependencies.logger.warn({ value: delivery.value, issues: parsed.error.issues }, 'card action with an unknown value');
    return { toast: { type: 'error', content: '无法识别这个操作，卡片可能来自旧版本。' } };
  }
  const result = await runInteraction(() => route(dependencies, parsed.data, delivery));
  return {
    toast: { type: result.tone, content: result.reply },
    ...(result.card ? { card: { type: 'raw' as const, data: buildDailyCheckCard(result.card.view, result.card.hazardFormItem !== undefined ? { hazardFormItem: result.card.hazardFormItem } : {}) } } : {}),
  };
}
