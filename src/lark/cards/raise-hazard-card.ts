import { HAZARD_SOURCE_LABELS, RAISED_HAZARD_SOURCES } from '../../domain/hazards/hazard-source.ts';
import type { RaiseHazardFormView } from '../../ports/notifications.ts';
import { RaiseHazardFields } from './card-action-values.ts';
import { card, type Card, note, plainText } from './card-json.ts';
import { form, formInput, submitButton } from './form-fields.ts';
import { severitySelect } from './hazard-form.ts';

export const RAISE_HAZARD_TITLE = '登记隐患（日管控以外发现）';

/**
 * 登记隐患: the card form for a hazard the director or principal found elsewhere than on a daily check — the same
 * record `隐患 <来源> <描述>` makes by text. The card stays as it is after a submission, so several can be entered.
 */
export function buildRaiseHazardCard(view: RaiseHazardFormView): Card {
  const sources = Object.values(RAISED_HAZARD_SOURCES);
  return card({
    title: RAISE_HAZARD_TITLE,
    subtitle: view.unitName,
    template: 'orange',
    summary: `${RAISE_HAZARD_TITLE}：${view.unitName}`,
    elements: [
      form('raise_hazard_form', [
        {
          tag: 'select_static',
          name: RaiseHazardFields.source,
          initial_index: 1,
          options: sources.map((source) => ({ text: plainText(`来源：${HAZARD_SOURCE_LABELS[source]}`), value: source })),
        },
        formInput({ name: RaiseHazardFields.description, label: '隐患描述', placeholder: '部位、问题、可能的后果（必填）', required: true, rows: 3 }),
        severitySelect(RaiseHazardFields.serious),
        submitButton('登记隐患', { action: 'hazard.raise' }, 'danger_filled', 'raise_hazard_submit'),
      ]),
      note('登记后进入整改流程：指派整改、提交整改、验证关闭。监管部门的检查请回复「监管检查 <日期> <检查机关>：<问题1>；<问题2>」。'),
    ],
  });
}
