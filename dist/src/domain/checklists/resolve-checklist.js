import { PlanFinding, planFinding } from "../organisation/plan-finding.js";
import { findChecklistTemplate } from "./templates/index.js";
const DEFAULT_INLINE_CATEGORY = '其他';
/**
 * Turns a checklist source into the first version of a checklist. Messages are bare sentences; `details.path`
 * is relative to the unit (`['checklist', 2, 'code']`) so the caller can say which unit and which line.
 */
export function resolveChecklist(source) {
    if (source.type === 'template') {
        const template = findChecklistTemplate(source.templateId);
        if (template instanceof PlanFinding) {
            return { errors: [planFinding(template.code, template.message, { ...template.details, path: ['checklist'] })] };
        }
        return { checklist: { templateId: template.templateId, version: template.version, items: template.items }, errors: [] };
    }
    const errors = [];
    if (source.items.length === 0) {
        errors.push(planFinding('CHECKLIST_EMPTY', '风险管控清单至少须有一项', { path: ['checklist'] }));
    }
    const firstIndexOfCode = new Map();
    source.items.forEach((item, index) => {
        const code = item.code.trim();
        if (code === '') {
            errors.push(planFinding('CHECKLIST_ITEM_CODE_EMPTY', `第 ${index + 1} 项缺少编号（code）`, { path: ['checklist', index, 'code'] }));
        }
        else {
            const earlier = firstIndexOfCode.get(code);
            if (earlier === undefined) {
                firstIndexOfCode.set(code, index);
            }
            else {
                errors.push(planFinding('CHECKLIST_ITEM_CODE_DUPLICATE', `第 ${index + 1} 项的编号 ${code} 与第 ${earlier + 1} 项重复`, {
                    code,
                    path: ['checklist', index, 'code'],
                }));
            }
        }
        if (item.text.trim() === '') {
            errors.push(planFinding('CHECKLIST_ITEM_TEXT_EMPTY', `第 ${index + 1} 项缺少检查内容（text）`, { path: ['checklist', index, 'text'] }));
        }
    });
    if (errors.length > 0)
        return { errors };
    return {
        checklist: {
            version: 1,
            items: source.items.map((item) => ({
                code: item.code.trim(),
                text: item.text.trim(),
                guidance: item.guidance?.trim() ?? '',
                category: item.category?.trim() || DEFAULT_INLINE_CATEGORY,
            })),
        },
        errors: [],
    };
}
//# sourceMappingURL=resolve-checklist.js.map