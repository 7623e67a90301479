import { recordHazard, submitRemainingAsNormal } from '../../domain/daily-checks/daily-check.ts';
import type { Store } from '../../ports/store.ts';
import type { InteractionResult } from '../interaction-result.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import type { UnitMember } from '../../ports/store.ts';
import { applyCheckChange, type CheckContext, loadOwnCheck, requireCurrentRevision } from './daily-check-changes.ts';
import { dailyCheckView } from './daily-check-view.ts';
import { findCurrentCheck } from './find-current-check.ts';

interface HazardInput {
  number: number;
  description: string;
  measures: string;
  serious: boolean;
  now: Date;
}

/** Names who was told, as the alert went: the director, and the principal too when serious or when there is no director. */
function alertedWhom(context: CheckContext, members: readonly UnitMember[], serious: boolean): string {
  const named = (role: 'director' | 'principal') => members.filter((member) => member.roles.includes(role)).map((member) => `${ROLE_NAMES[role]}${member.name}`);
  const directors = named('director');
  const told = [...directors, ...(serious || directors.length === 0 ? named('principal') : [])];
  return told.length > 0 ? `已立即报告${told.join('和')}` : `已记录（${context.unit.name}尚未登记质量安全总监或主要负责人）`;
}

/** From the card's form: description and measures are both required, and the check stays open for the other items. */
export async function reportHazardOnCard(
  store: Store,
  input: HazardInput & { actorOpenId: string; checkId: string; revision: number },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await loadOwnCheck(transaction, input.checkId, input.actorOpenId);
    requireCurrentRevision(context, input.revision);
    const changed = recordHazard(context.check, input, { measuresRequired: true });
    const saved = await applyCheckChange(transaction, context, changed, input.now);
    return {
      reply: `第 ${input.number} 项隐患已记录，${alertedWhom(context, await transaction.people.membersOf(context.unit.id), input.serious)}`,
      tone: 'warning',
      card: { view: dailyCheckView(saved, { unit: context.unit, checklist: context.checklist, officerName: context.officer.name }) },
    };
  });
}

/**
 * By text (异常 <n> <描述>) the officer reports the day in one message: the item is the hazard and the other items
 * are recorded as normal (those answered on the card keep their answers), which the reply says plainly so a wrong
 * assumption can be corrected with 更正.
 */
export async function reportHazardByText(store: Store, input: HazardInput & { actorOpenId: string }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const context = await findCurrentCheck(transaction, input.actorOpenId, input.now);
    const changed = submitRemainingAsNormal(recordHazard(context.check, input, { measuresRequired: false }));
    await applyCheckChange(transaction, context, changed, input.now);
    const item = context.checklist.items.find((candidate) => candidate.number === input.number);
    const lines = [
      `已记录第 ${input.number} 项「${item?.text ?? ''}」的隐患，${alertedWhom(context, await transaction.people.membersOf(context.unit.id), input.serious)}。`,
      `${context.check.date} 的检查记录已提交：其余 ${context.checklist.items.length - changed.answers.filter((answer) => answer.answer === 'abnormal').length} 项记为正常。如有误，请回复「更正」。`,
    ];
    if (input.measures === '') lines.push('请尽快采取应急措施，并向质量安全总监说明。');
    return { reply: lines.join('\n'), tone: 'warning' };
  });
}
