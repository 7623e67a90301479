import { acknowledgeHazard } from '../../use-cases/hazards/acknowledge-hazard.ts';
import { assignHazardRectification } from '../../use-cases/hazards/assign-rectification.ts';
import { z } from 'zod';
import { type HazardSource, isNameableSource } from '../../domain/hazards/hazard-source.ts';
import { escalateHazardToPrincipal } from '../../use-cases/hazards/escalate-hazard.ts';
import { raiseHazard } from '../../use-cases/hazards/raise-hazard.ts';
import { submitRectification } from '../../use-cases/hazards/submit-rectification.ts';
import { verifyHazardRectification } from '../../use-cases/hazards/verify-rectification.ts';
import type { CheckTarget } from '../../use-cases/daily-control/find-target-check.ts';
import { answerDailyItem } from '../../use-cases/daily-control/answer-daily-item.ts';
import { reportDailyHazard } from '../../use-cases/daily-control/report-daily-hazard.ts';
import { showHazardForm } from '../../use-cases/daily-control/show-hazard-form.ts';
import { submitDailyCheck } from '../../use-cases/daily-control/submit-daily-check.ts';
import { saveMinutesDraft } from '../../use-cases/monthly-minutes/save-minutes-draft.ts';
import { answerSuggestion } from '../../use-cases/suggestions/answer-suggestion.ts';
import { saveWeeklyInput } from '../../use-cases/weekly-reports/save-weekly-input.ts';
import { CardActionValue, HazardFormFields, HazardLoopFields, MinutesFields, RaiseHazardFields, SuggestionFields, WeeklyReportFields } from '../cards/card-action-values.ts';
import { buildDailyCheckCard } from '../cards/daily-check-card.ts';
import type { CardActionDelivery } from '../receiver/delivery-schemas.ts';
import { checkSubmittedReply, hazardFormReply, hazardRecordedReply, itemAnsweredReply } from '../replies/daily-check-replies.ts';
import { hazardRaisedReply, hazardStepReply } from '../replies/hazard-replies.ts';
import { minutesReply } from '../replies/monthly-minutes-replies.ts';
import { suggestionAnsweredReply } from '../replies/suggestion-replies.ts';
import { weeklyReportReply } from '../replies/weekly-report-replies.ts';
import { actionTime } from './action-time.ts';
import type { ChatAnswer } from './chat-answer.ts';
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

/** A date picker may report "YYYY-MM-DD" or "YYYY-MM-DD +0800"; only the date is the deadline. */
function formDate(formValue: Record<string, unknown> | undefined, name: string): string {
  return formText(formValue, name).trim().slice(0, 10);
}

/** A checker reports a boolean; a select reports its option value; both mean "serious" when set. */
function formFlag(formValue: Record<string, unknown> | undefined, name: string): boolean {
  const value = formValue?.[name];
  if (Array.isArray(value)) return value.length > 0;
  return value === true || value === 'true' || value === 'yes' || value === 'serious';
}

const RaisedSourceChoice = z.custom<Exclude<HazardSource, 'daily-check' | 'veto'>>((value) => typeof value === 'string' && isNameableSource(value));

function shownCheck(value: { checkId: string; revision: number }): CheckTarget {
  return { checkId: value.checkId, revision: value.revision };
}

async function route(dependencies: HandlerDependencies, value: CardActionValue, delivery: CardActionDelivery): Promise<ChatAnswer> {
  const { store } = dependencies;
  const actorOpenId = delivery.operatorOpenId;
  const form = delivery.formValue;
  const now = actionTime(delivery.pressedAtMilliseconds, dependencies.now());
  switch (value.action) {
    case 'daily.answer':
      return itemAnsweredReply(await answerDailyItem(store, { actorOpenId, target: shownCheck(value), number: value.number, answer: value.answer, now }), 'card');
    case 'daily.open-hazard-form':
      return hazardFormReply(await showHazardForm(store, { actorOpenId, target: shownCheck(value), number: value.number, now }));
    case 'daily.close-hazard-form':
      return hazardFormReply(await showHazardForm(store, { actorOpenId, target: shownCheck(value), number: undefined, now }));
    case 'daily.report-hazard':
      return hazardRecordedReply(
        await reportDailyHazard(store, {
          actorOpenId,
          target: shownCheck(value),
          number: value.number,
          description: formText(form, HazardFormFields.description),
          measures: formText(form, HazardFormFields.measures),
          serious: formFlag(form, HazardFormFields.serious),
          now,
        }),
        'card',
      );
    case 'daily.all-normal':
      return checkSubmittedReply(await submitDailyCheck(store, { actorOpenId, target: shownCheck(value), mode: 'remaining-normal', now }), 'card');
    case 'daily.submit':
      return checkSubmittedReply(await submitDailyCheck(store, { actorOpenId, target: shownCheck(value), mode: 'as-answered', now }), 'card');
    case 'hazard.acknowledge':
      return hazardStepReply(await acknowledgeHazard(store, { actorOpenId, hazardId: value.hazardId, now }));
    case 'hazard.assign':
      return hazardStepReply(
        await assignHazardRectification(store, {
          actorOpenId,
          hazard: { hazardId: value.hazardId },
          owner: { personId: formText(form, HazardLoopFields.owner) },
          deadline: formDate(form, HazardLoopFields.deadline),
          now,
        }),
      );
    case 'hazard.escalate':
      return hazardStepReply(
        await escalateHazardToPrincipal(store, { actorOpenId, hazard: { hazardId: value.hazardId }, reason: formText(form, HazardLoopFields.escalationReason) || '需由主要负责人决定整改', now }),
      );
    case 'hazard.rectify':
      return hazardStepReply(await submitRectification(store, { actorOpenId, hazard: { hazardId: value.hazardId }, text: formText(form, HazardLoopFields.rectification), now }));
    case 'hazard.verify':
      return hazardStepReply(
        await verifyHazardRectification(store, { actorOpenId, hazard: { hazardId: value.hazardId }, passed: value.passed, note: formText(form, HazardLoopFields.verificationNote), now }),
      );
    case 'hazard.raise': {
      const source = RaisedSourceChoice.safeParse(form?.[RaiseHazardFields.source]);
      if (!source.success) return { reply: '请选择隐患的来源（周排查、月调度、投诉、监管检查或其他）。', tone: 'warning' };
      return hazardRaisedReply(
        await raiseHazard(store, { actorOpenId, source: source.data, description: formText(form, RaiseHazardFields.description).trim(), serious: formFlag(form, RaiseHazardFields.serious), now }),
      );
    }
    case 'weekly.save':
      return weeklyReportReply(await saveWeeklyInput(dependencies, {
        actorOpenId,
        report: { reportId: value.reportId },
        change: {
          investigation: {
            date: formDate(form, WeeklyReportFields.investigationDate),
            scope: formText(form, WeeklyReportFields.scope),
            people: formText(form, WeeklyReportFields.people),
            findings: formText(form, WeeklyReportFields.findings),
          },
          analysis: formText(form, WeeklyReportFields.analysis),
          measures: formText(form, WeeklyReportFields.measures),
        },
        confirm: value.confirm,
        now,
      }));
    case 'minutes.save':
      return minutesReply(await saveMinutesDraft(dependencies, {
        actorOpenId,
        minutes: { minutesId: value.minutesId },
        arrangements: formText(form, MinutesFields.arrangements).split('\n'),
        summary: formText(form, MinutesFields.summary),
        confirm: value.confirm,
        now,
      }));
    case 'suggestion.answer':
      return suggestionAnsweredReply(
        await answerSuggestion(store, { actorOpenId, suggestion: { suggestionId: value.suggestionId }, decision: value.decision, answer: formText(form, SuggestionFields.answer), now }),
      );
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
