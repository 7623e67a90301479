import { hazardStatusLabel } from '../../domain/hazards/hazard-status.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import type { HazardCandidate, HazardCardView, HazardHistoryEntry } from '../../ports/notifications.ts';
import { HazardLoopFields } from './card-action-values.ts';
import { withinByteTarget } from './card-budget.ts';
import {
  buttonRow,
  callbackButton,
  card,
  markdown,
  note,
  plainText,
  type Card,
  type HeaderTemplate,
  type RootElement,
  type SelectElement,
} from './card-json.ts';
import { form, formInput, submitButton } from './form-fields.ts';
import { escapeMarkdown, shorten } from './markdown-text.ts';

const STATUS_TEMPLATES: Record<HazardCardView['status'], HeaderTemplate> = {
  reported: 'red',
  assigned: 'orange',
  rectified: 'blue',
  closed: 'green',
  escalated: 'red',
};

/**
 * Each candidate costs an element (its option text); a unit with more people than this is asked to name the owner
 * in chat, so the card stays under Lark's 200-element ceiling.
 */
const MAX_CANDIDATES = 50;
const DATE_INPUT_LENGTH = 20;

/**
 * The free texts of a hazard (description, measures, rectification, verification, escalation) each hold up to
 * 1000 characters, and the history repeats some of them: together they can pass 30 KB, so they are cut by budget.
 * The record and the Word documents keep them whole.
 */
interface HazardCardBudget {
  text: number;
  historyEntries: number;
  historyText: number;
}
const BUDGETS: readonly [HazardCardBudget, ...HazardCardBudget[]] = [
  { text: 1000, historyEntries: 10, historyText: 200 },
  { text: 400, historyEntries: 6, historyText: 100 },
  { text: 150, historyEntries: 3, historyText: 50 },
];

export function hazardCardTitle(view: Pick<HazardCardView, 'hazardNumber' | 'serious'>): string {
  return `第 ${view.hazardNumber} 号质量安全隐患${view.serious ? '（严重）' : ''}`;
}

/** One person's card of a hazard in the rectification loop, with exactly the steps that person may take now. */
export function buildHazardCard(view: HazardCardView): Card {
  return withinByteTarget(BUDGETS, (budget) => hazardCard(view, budget));
}

function hazardCard(view: HazardCardView, budget: HazardCardBudget): Card {
  const title = hazardCardTitle(view);
  const elements: RootElement[] = [markdown(factLines(view, budget).join('\n'))];
  if (view.rectification) elements.push(markdown(rectificationLines(view.rectification, budget).join('\n')));
  if (view.verification) elements.push(markdown(verificationLines(view.verification, budget).join('\n')));
  if (view.escalation) elements.push(markdown(escalationLines(view.escalation, budget).join('\n')));
  if (view.history.length > 0) elements.push(markdown(historyLines(view.history, budget).join('\n')));
  if (view.acknowledgement) {
    elements.push(note(`已确认收到：${escapeMarkdown(view.acknowledgement.byName)} ${view.acknowledgement.at}`));
  }
  elements.push(...actionElements(view));
  return card({
    title,
    subtitle: `${view.unitName} · ${hazardStatusLabel(view.status)}`,
    template: view.overdue ? 'red' : STATUS_TEMPLATES[view.status],
    summary: `${title}：${hazardStatusLabel(view.status)}${view.overdue ? '（已逾期）' : ''}`,
    elements,
  });
}

function factLines(view: HazardCardView, budget: HazardCardBudget): string[] {
  const itemNumber = view.itemNumber === undefined ? '' : `第 ${view.itemNumber} 项 `;
  const lines = [
    `**单位**：${escapeMarkdown(view.unitName)}`,
    view.sourceLabel === undefined ? `**检查项**：${itemNumber}${escapeMarkdown(`${view.itemCode} ${view.itemText}`)}` : `**来源**：${escapeMarkdown(view.sourceLabel)}`,
    `**隐患描述**：${longText(view.description, budget)}`,
    // A hazard raised from an investigation or a complaint is reported before anything is done about it.
    ...(view.sourceLabel !== undefined && view.measures.trim() === '' ? [] : [`**已采取措施**：${view.measures.trim() === '' ? '（未填写）' : longText(view.measures, budget)}`]),
    `**报告人**：${escapeMarkdown(view.officerName)}　**报告时间**：${view.reportedAt}`,
    `**状态**：${statusMarkup(view)}`,
  ];
  if (view.ownerName !== undefined || view.deadline !== undefined) {
    const owner = view.ownerName === undefined ? '未定' : escapeMarkdown(view.ownerName);
    const overdue = view.overdue ? " <font color='red'>⚠ 已逾期</font>" : '';
    lines.push(`**整改负责人**：${owner}　**整改期限**：${view.deadline ?? '未定'}${overdue}`);
  }
  return lines;
}

function statusMarkup(view: HazardCardView): string {
  const label = escapeMarkdown(hazardStatusLabel(view.status));
  if (view.status === 'closed') return `<font color='green'>${label}</font>`;
  if (view.overdue || view.status === 'escalated') return `<font color='red'>${label}</font>`;
  return label;
}

function rectificationLines(rectification: NonNullable<HazardCardView['rectification']>, budget: HazardCardBudget): string[] {
  const evidence = rectification.evidenceCount > 0 ? `　已附证据 ${rectification.evidenceCount} 份` : '　未附证据';
  return [
    `**整改情况**：${longText(rectification.text, budget)}`,
    `整改人：${escapeMarkdown(rectification.byName)}　提交时间：${rectification.at}${evidence}`,
  ];
}

function verificationLines(verification: NonNullable<HazardCardView['verification']>, budget: HazardCardBudget): string[] {
  const result = verification.passed
    ? "<font color='green'>✅ 验证通过</font>"
    : "<font color='red'>❌ 验证不通过，已退回整改</font>";
  const lines = [`**验证结果**：${result}`];
  if (verification.note.trim()) lines.push(`验证意见：${longText(verification.note, budget)}`);
  lines.push(`验证人：${escapeMarkdown(verification.byName)}　验证时间：${verification.at}`);
  return lines;
}

function escalationLines(escalation: NonNullable<HazardCardView['escalation']>, budget: HazardCardBudget): string[] {
  return [
    '**升级情况**：已升级报告主要负责人',
    `升级原因：${longText(escalation.reason, budget) || '（未填写）'}`,
    `升级人：${escapeMarkdown(escalation.byName)}　升级时间：${escalation.at}`,
  ];
}

/** The latest entries, oldest first, so the card reads as the story of the hazard up to now. */
function historyLines(history: HazardCardView['history'], budget: HazardCardBudget): string[] {
  const shown = history.slice(-budget.historyEntries);
  const lines = ['**处理记录**'];
  const earlier = history.length - shown.length;
  if (earlier > 0) lines.push(`<font color='grey'>…此前另有 ${earlier} 条记录</font>`);
  for (const entry of shown) lines.push(`${entry.at}　${escapeMarkdown(shorten(historyText(entry), budget.historyText))}`);
  return lines;
}

function historyText(entry: HazardHistoryEntry): string {
  const who = entry.actorName ?? '系统';
  switch (entry.action) {
    case 'reported':
      return `${who} 上报隐患`;
    case 'acknowledged':
      return `${who} 确认收到`;
    case 'assigned':
      return `${who} 指派 ${entry.ownerName} 整改，期限 ${entry.deadline}`;
    case 'rectified':
      return `${who} 提交整改结果：${entry.text}`;
    case 'evidence':
      return `${who} 附证据：${entry.fileName || '文件'}`;
    case 'verified':
      return entry.passed ? `${who} 验证通过${entry.note ? `：${entry.note}` : ''}` : `${who} 验证不通过，退回整改：${entry.note}`;
    case 'escalated':
      return `${who} 升级报告主要负责人：${entry.reason}`;
    case 'overdue-reminded':
      return '整改逾期，已提醒负责人';
  }
}

function longText(text: string, budget: HazardCardBudget): string {
  return escapeMarkdown(shorten(text, budget.text));
}

function actionElements(view: HazardCardView): RootElement[] {
  const { actions } = view;
  const hazardId = view.hazardId;
  const elements: RootElement[] = [];
  if (actions.acknowledge) elements.push(callbackButton('确认收到', { action: 'hazard.acknowledge', hazardId }, 'primary_filled'));
  if (actions.assign) elements.push(...assignForm(view, actions.assign));
  if (actions.rectify) {
    elements.push(
      form('hazard_rectify_form', [
        formInput({
          name: HazardLoopFields.rectification,
          label: '整改情况说明',
          placeholder: '写明采取了哪些整改措施、整改结果如何（必填）',
          required: true,
          rows: 4,
        }),
        submitButton('提交整改结果', { action: 'hazard.rectify', hazardId }, 'primary_filled', 'hazard_rectify_submit'),
      ]),
      note('可直接在对话中发送整改照片或文件作为佐证'),
    );
  }
  if (actions.verify) {
    elements.push(
      form('hazard_verify_form', [
        formInput({
          name: HazardLoopFields.verificationNote,
          label: '验证意见',
          placeholder: '验证意见；不通过时请写明原因',
          required: false,
          rows: 3,
        }),
        buttonRow([
          submitButton('验证通过', { action: 'hazard.verify', hazardId, passed: true }, 'primary_filled', 'hazard_verify_pass'),
          submitButton('不通过，退回整改', { action: 'hazard.verify', hazardId, passed: false }, 'danger', 'hazard_verify_fail'),
        ]),
      ]),
    );
  }
  if (actions.escalate) {
    // The record and the principal should say why the director hands the hazard up, so the button asks for the reason.
    elements.push(
      form('hazard_escalate_form', [
        formInput({
          name: HazardLoopFields.escalationReason,
          label: '升级原因',
          placeholder: '写明为何需要主要负责人决定，如需停产、投入超出权限（必填）',
          required: true,
          rows: 2,
        }),
        submitButton('升级报告主要负责人', { action: 'hazard.escalate', hazardId }, 'danger', 'hazard_escalate_submit'),
      ]),
    );
  }
  return elements;
}

function assignForm(view: HazardCardView, assign: NonNullable<HazardCardView['actions']['assign']>): RootElement[] {
  if (assign.candidates.length === 0) {
    return [note(`本单位暂无可指派的人员；任命人员后，可回复「整改 ${view.hazardNumber} 姓名 期限」指派`)];
  }
  const candidates = assign.candidates.slice(0, MAX_CANDIDATES);
  const elements: RootElement[] = [
    form('hazard_assign_form', [
      markdown('**指派整改**：选择整改负责人，确定整改期限'),
      ownerSelect(candidates, view.ownerName),
      formInput({
        name: HazardLoopFields.deadline,
        label: '整改期限',
        placeholder: 'YYYY-MM-DD',
        required: true,
        rows: 1,
        maxLength: DATE_INPUT_LENGTH,
        defaultValue: assign.defaultDeadline,
      }),
      submitButton('指派整改', { action: 'hazard.assign', hazardId: view.hazardId }, 'primary_filled', 'hazard_assign_submit'),
    ]),
  ];
  if (assign.candidates.length > candidates.length) {
    elements.push(note(`这里只列出前 ${MAX_CANDIDATES} 人；指派其他人请回复「整改 ${view.hazardNumber} 姓名 期限」`));
  }
  return elements;
}

/** Opens on the current owner when reassigning, otherwise on the first candidate (Lark counts options from 1). */
function ownerSelect(candidates: HazardCandidate[], currentOwnerName: string | undefined): SelectElement {
  const current = candidates.findIndex((candidate) => candidate.name === currentOwnerName);
  return {
    tag: 'select_static',
    name: HazardLoopFields.owner,
    initial_index: current === -1 ? 1 : current + 1,
    options: candidates.map((candidate) => ({
      text: plainText(`${candidate.name}（${candidate.roles.map((role) => ROLE_NAMES[role]).join('、')}）`),
      value: candidate.personId,
    })),
  };
}
