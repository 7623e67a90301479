import type { DailyCheckItemView, DailyCheckView } from '../../ports/notifications.ts';
import { HazardFormFields } from './card-action-values.ts';
import { callbackButton, markdown, plainText, type InputElement, type RootElement, type SelectElement } from './card-json.ts';
import { escapeMarkdown } from './markdown-text.ts';

/**
 * Option values of the severity select (`form_value[HazardFormFields.serious]`). Strings `'true'`/`'false'`, so
 * `z.stringbool()` reads them, and so does a check written for a checker's boolean after `String(…)`.
 */
export const HazardSeverityChoice = { general: 'false', serious: 'true' } as const;

const HAZARD_FORM_NAME = 'hazard_form';
const HAZARD_SUBMIT_NAME = 'hazard_submit';
/** Lark's ceiling for an input, and what the hazard record accepts. */
const MAX_HAZARD_TEXT_LENGTH = 1000;

/**
 * The hazard form for one item, followed by its 取消 button. 取消 sits outside the form: inside a form Lark
 * requires every button to submit or reset it, and cancelling must reach the server to close the form.
 */
export function hazardFormElements(view: DailyCheckView, item: DailyCheckItemView): RootElement[] {
  const reference = { checkId: view.checkId, revision: view.revision };
  const description = hazardInput(
    HazardFormFields.description,
    '隐患描述',
    '请描述发现的隐患：部位、数量、可能的后果（必填）',
  );
  const measures = hazardInput(
    HazardFormFields.measures,
    '已采取措施',
    '请填写已立即采取的措施，如停用、隔离、返工（必填）',
  );
  const submit = callbackButton('上报隐患', { action: 'daily.report-hazard', ...reference, number: item.number }, 'danger_filled');
  submit.name = HAZARD_SUBMIT_NAME;
  submit.form_action_type = 'submit';
  return [
    {
      tag: 'form',
      name: HAZARD_FORM_NAME,
      elements: [
        markdown(`**第 ${item.number} 项异常：${escapeMarkdown(item.text)}**`),
        description,
        measures,
        severitySelect(HazardFormFields.serious),
        submit,
      ],
    },
    callbackButton('取消', { action: 'daily.close-hazard-form', ...reference }, 'default'),
  ];
}

/** 一般 or 严重: a serious hazard also goes to the principal, so the choice is the reporter's, made on the form. */
export function severitySelect(name: string): SelectElement {
  return {
    tag: 'select_static',
    name,
    initial_index: 1,
    options: [
      { text: plainText('一般隐患'), value: HazardSeverityChoice.general },
      { text: plainText('严重隐患（同时报告主要负责人）'), value: HazardSeverityChoice.serious },
    ],
  };
}

function hazardInput(name: string, label: string, placeholder: string): InputElement {
  return {
    tag: 'input',
    name,
    required: true,
    max_length: MAX_HAZARD_TEXT_LENGTH,
    input_type: 'multiline_text',
    rows: 3,
    label: plainText(label),
    placeholder: plainText(placeholder),
  };
}
