import { ROLE_NAMES } from "../../domain/people/role.js";
import { SuggestionFields } from "./card-action-values.js";
import { withinByteTarget } from "./card-budget.js";
import { buttonRow, card, markdown, note } from "./card-json.js";
import { form, formInput, submitButton } from "./form-fields.js";
import { escapeMarkdown, shorten } from "./markdown-text.js";
export const SUGGESTION_TITLE = '质量安全建议';
export const VETO_TITLE = '否决建议（停止生产/销售）';
/** Art. 16: a proposal the principal rejects without good reason still proves the proposer did their duty. */
export const PROPOSER_RECORD_NOTE = '此记录不可修改，用于证明已履行报告职责（第十六条）';
/** Characters kept of the proposal and of the answer; a chat message can be longer than a card holds. */
const TEXT_BUDGETS = [3000, 1000, 300];
const DECISION_LABELS = { adopted: '采纳', rejected: '驳回' };
/**
 * A suggestion or veto of the director or an officer (Art. 4, 16). The principal answers it on the card; the
 * proposer's card shows its state and serves as the proof that it was made.
 */
export function buildSuggestionCard(view) {
    return withinByteTarget(TEXT_BUDGETS, (textLimit) => suggestionCard(view, textLimit));
}
function suggestionCard(view, textLimit) {
    const veto = view.kind === 'veto';
    const title = veto ? VETO_TITLE : SUGGESTION_TITLE;
    const elements = [];
    if (veto)
        elements.push(markdown(`<font color='red'>**提出停止生产/销售，请${ROLE_NAMES.principal}及时研究处理**</font>`));
    elements.push(markdown([
        `**编号**：第 ${view.number} 号`,
        `**单位**：${escapeMarkdown(view.unitName)}`,
        `**提出人**：${escapeMarkdown(`${view.proposerName}（${view.proposerRoleName}）`)}`,
        `**时间**：${view.createdAt}`,
        `**内容**：${escapeMarkdown(shorten(view.text, textLimit))}`,
    ].join('\n')));
    if (view.decision) {
        const decision = DECISION_LABELS[view.decision];
        const colour = view.decision === 'adopted' ? 'green' : 'red';
        elements.push(markdown([
            `**处理结果**：<font color='${colour}'>${decision}</font>`,
            `**答复**：${view.answer?.trim() ? escapeMarkdown(shorten(view.answer, textLimit)) : '（未填写）'}`,
            `**答复人**：${escapeMarkdown(view.answeredByName ?? '')}`,
            `**时间**：${view.answeredAt ?? ''}`,
        ].join('\n')));
    }
    else if (view.audience === 'principal') {
        elements.push(...answerForm(view));
    }
    else {
        elements.push(markdown(`**处理结果**：<font color='red'>待${ROLE_NAMES.principal}答复</font>`));
    }
    if (view.audience === 'proposer')
        elements.push(note(PROPOSER_RECORD_NOTE));
    const state = view.decision ? `已${DECISION_LABELS[view.decision]}` : '待答复';
    return card({
        title,
        subtitle: `${view.unitName} · 第 ${view.number} 号`,
        template: veto ? 'red' : 'blue',
        summary: `${title} 第 ${view.number} 号：${state}`,
        elements,
    });
}
function answerForm(view) {
    const answer = (decision) => ({ action: 'suggestion.answer', suggestionId: view.suggestionId, decision });
    return [
        form('suggestion_form', [
            formInput({
                name: SuggestionFields.answer,
                label: '答复',
                placeholder: '采纳时写采取的措施，驳回时写理由',
                required: true,
                rows: 3,
            }),
            buttonRow([
                submitButton('采纳', answer('adopted'), 'primary_filled', 'suggestion_adopt'),
                submitButton('驳回', answer('rejected'), 'danger', 'suggestion_reject'),
            ]),
        ]),
        note(`也可回复「采纳 ${view.number} 措施」或「驳回 ${view.number} 理由」`),
    ];
}
//# sourceMappingURL=suggestion-card.js.map