import type { DailyAnswerValue, DailyCheckItemView, DailyCheckView } from '../../ports/notifications.ts';
import {
  buttonRow,
  callbackButton,
  card,
  markdown,
  note,
  type Card,
  type ColumnSetElement,
  type HeaderTemplate,
  type NestedElement,
  type RootElement,
} from './card-json.ts';
import { hazardFormElements } from './hazard-form.ts';
import { escapeMarkdown, shorten } from './markdown-text.ts';

/** The record's official name (Art. 10 of SAMR Orders 75/76). */
export const DAILY_CHECK_TITLE = '《每日工业产品质量安全检查记录》';

const ANSWER_LABELS: Record<DailyAnswerValue, string> = {
  normal: '✅ 正常',
  abnormal: '⚠️ 异常',
  'not-applicable': '➖ 不适用',
};
const UNANSWERED_LABEL = '待检查';

/**
 * Lark refuses a card over 30 KB, and a long list with its texts in full can pass that (fifteen hazards of 1000
 * characters twice over already would). The texts that can be long (guidance, hazard descriptions and measures)
 * therefore share a budget of characters, each cut short with … when needed; a card still larger than the target is
 * built again with the next, smaller budget. Item texts are never cut. The full hazard texts stay in the record and
 * in each hazard alert; the open card only reminds of them, so it starts with the smaller share.
 */
const CARD_BYTE_TARGET = 24 * 1024;
const OPEN_CARD_BUDGETS: readonly [OpenCardBudget, ...OpenCardBudget[]] = [
  { guidance: 1500, hazardTexts: 600 },
  { guidance: 900, hazardTexts: 300 },
  { guidance: 450, hazardTexts: 300 },
  { guidance: 0, hazardTexts: 150 },
];
const SUBMITTED_CARD_HAZARD_TEXT_BUDGETS = [5000, 2000, 600] as const;
const SHORTEST_CUT_TEXT = 20;

/** Characters shared by all guidance texts (0: guidance left out) and by all hazard descriptions and measures. */
interface OpenCardBudget {
  guidance: number;
  hazardTexts: number;
}

export function buildDailyCheckCard(view: DailyCheckView, options: { hazardFormItem?: number } = {}): Card {
  switch (view.status) {
    case 'open':
      return withinByteTarget(OPEN_CARD_BUDGETS, (budget) => openCard(view, options.hazardFormItem, budget));
    case 'submitted':
      return withinByteTarget(SUBMITTED_CARD_HAZARD_TEXT_BUDGETS, (budget) => submittedCard(view, budget));
    case 'missed':
      return card({
        title: DAILY_CHECK_TITLE,
        subtitle: subtitle(view),
        template: 'red',
        summary: `每日质量安全检查 ${view.date}：未按时提交，已记为漏检`,
        elements: [
          markdown('**未按时提交，已记为漏检**'),
          note(`质量安全员：${escapeMarkdown(view.officerName)}`),
        ],
      });
    case 'suspended': {
      const reason = view.suspensionReason?.trim() ? escapeMarkdown(view.suspensionReason) : '未注明原因';
      return card({
        title: DAILY_CHECK_TITLE,
        subtitle: subtitle(view),
        template: 'grey',
        summary: `每日质量安全检查 ${view.date}：停产停业期间暂停`,
        elements: [markdown(`**停产停业期间：${reason}**`), note('本日暂停日管控检查，暂停及其原因已记录在案')],
      });
    }
  }
}

function withinByteTarget<Budget>(budgets: readonly [Budget, ...Budget[]], build: (budget: Budget) => Card): Card {
  let built = build(budgets[0]);
  for (const smallerBudget of budgets.slice(1)) {
    if (new TextEncoder().encode(JSON.stringify(built)).length <= CARD_BYTE_TARGET) break;
    built = build(smallerBudget);
  }
  return built;
}

function openCard(view: DailyCheckView, hazardFormItem: number | undefined, budget: OpenCardBudget): Card {
  const formItem = hazardFormItem === undefined ? undefined : view.items.find((item) => item.number === hazardFormItem);
  if (hazardFormItem !== undefined && !formItem) {
    throw new Error(`检查记录 ${view.checkId} 没有第 ${hazardFormItem} 项，无法打开隐患表单`);
  }
  const reference = { checkId: view.checkId, revision: view.revision };
  const answered = view.items.filter((item) => item.answer !== undefined).length;
  const anyAbnormal = view.items.some((item) => item.answer === 'abnormal');
  const hazardTextLimit = hazardTextLimitFor(view.items, budget.hazardTexts);
  const guidanceCount = view.items.filter((item) => item.guidance.trim()).length;
  const guidanceLimit = budget.guidance === 0 ? 0 : shareOf(budget.guidance, guidanceCount);

  const elements: RootElement[] = [
    markdown(
      `已检查 ${answered}/${view.items.length} 项\n` +
        "<font color='grey'>也可直接回复「全部正常」或「异常 项号 情况」</font>",
    ),
  ];
  for (const item of view.items) {
    elements.push(openItemRow(view, item, hazardTextLimit, guidanceLimit));
    if (item === formItem) elements.push(...hazardFormElements(view, item));
  }
  elements.push(
    buttonRow([
      callbackButton(anyAbnormal ? '其余项目正常并提交' : '全部正常（零风险）', { action: 'daily.all-normal', ...reference }, 'primary_filled'),
      callbackButton('提交', { action: 'daily.submit', ...reference }, 'primary'),
    ]),
  );
  return card({
    title: DAILY_CHECK_TITLE,
    subtitle: subtitle(view),
    template: anyAbnormal ? 'orange' : 'blue',
    summary: `每日质量安全检查 ${view.date}：已检查 ${answered}/${view.items.length} 项`,
    elements,
  });
}

/**
 * One row per item: text on the left, its three buttons on the right. A 15-item list with the hazard form open
 * stays under Lark's 200-element ceiling only because a row costs 11 elements (texts of buttons count too).
 */
function openItemRow(
  view: DailyCheckView,
  item: DailyCheckItemView,
  hazardTextLimit: number,
  guidanceLimit: number,
): ColumnSetElement {
  const reference = { checkId: view.checkId, revision: view.revision, number: item.number };
  const text: NestedElement[] = [markdown(itemMarkdown(item, answerMarkup(item.answer), hazardTextLimit))];
  if (guidanceLimit > 0 && item.guidance.trim()) text.push(note(escapeMarkdown(shorten(item.guidance, guidanceLimit))));
  return {
    tag: 'column_set',
    flex_mode: 'stretch',
    columns: [
      { tag: 'column', width: 'weighted', weight: 3, elements: text },
      {
        tag: 'column',
        width: 'auto',
        direction: 'horizontal',
        vertical_align: 'center',
        elements: [
          callbackButton('正常', { action: 'daily.answer', ...reference, answer: 'normal' }, 'primary', 'small'),
          callbackButton('异常', { action: 'daily.open-hazard-form', ...reference }, 'danger', 'small'),
          callbackButton('不适用', { action: 'daily.answer', ...reference, answer: 'not-applicable' }, 'default', 'small'),
        ],
      },
    ],
  };
}

function submittedCard(view: DailyCheckView, hazardTextBudget: number): Card {
  const hazardCount = view.items.filter((item) => item.answer === 'abnormal').length;
  const outcome = view.outcome ?? (hazardCount > 0 ? 'hazard' : 'zero-risk');
  const conclusion = outcome === 'zero-risk' ? '零风险' : `发现隐患 ${hazardCount} 项`;
  const hazardTextLimit = hazardTextLimitFor(view.items, hazardTextBudget);
  const submitter = escapeMarkdown(view.submittedBy ?? view.officerName);
  const footer = [`提交人：${submitter}  提交时间：${view.submittedAt ?? ''}`];
  if (view.revision > 1) footer.push(`第 ${view.revision - 1} 次更正（第 ${view.revision} 版）`);
  const template: HeaderTemplate = outcome === 'zero-risk' ? 'green' : 'orange';
  return card({
    title: DAILY_CHECK_TITLE,
    subtitle: subtitle(view),
    template,
    summary: `每日质量安全检查 ${view.date} 已提交：${conclusion}`,
    elements: [
      markdown(outcome === 'zero-risk' ? `**检查结论：${conclusion}**` : `**检查结论：<font color='red'>${conclusion}</font>**`),
      ...view.items.map((item) => markdown(itemMarkdown(item, answerMarkup(item.answer), hazardTextLimit))),
      note(footer.join('\n')),
    ],
  });
}

function itemMarkdown(item: DailyCheckItemView, answer: string, hazardTextLimit: number): string {
  const frequency = item.frequency ? `<font color='grey'>（${item.frequency}）</font>` : '';
  const lines = [`**${item.number}.** ${escapeMarkdown(item.text)}${frequency}`, answer];
  if (item.answer === 'abnormal') {
    lines.push(`隐患描述：${escapeMarkdown(shorten(item.description ?? '', hazardTextLimit)) || '（未填写）'}`);
    lines.push(`已采取措施：${escapeMarkdown(shorten(item.measures ?? '', hazardTextLimit)) || '（未填写）'}`);
  }
  return lines.join('\n');
}

function answerMarkup(answer: DailyAnswerValue | undefined): string {
  if (answer === undefined) return `<font color='grey'>${UNANSWERED_LABEL}</font>`;
  if (answer === 'abnormal') return `<font color='red'>${ANSWER_LABELS.abnormal}</font>`;
  return ANSWER_LABELS[answer];
}

function hazardTextLimitFor(items: DailyCheckItemView[], budget: number): number {
  return shareOf(budget, items.filter((item) => item.answer === 'abnormal').length * 2);
}

function shareOf(budget: number, texts: number): number {
  return Math.max(SHORTEST_CUT_TEXT, Math.floor(budget / Math.max(1, texts)));
}

function subtitle(view: DailyCheckView): string {
  const substitution = view.substituteName ? `代 ${view.officerName} 检查（代班：${view.substituteName}）` : '';
  return [view.unitName, view.date, view.shift.trim(), `清单第 ${view.checklistVersion} 版`, substitution].filter(Boolean).join(' · ');
}
