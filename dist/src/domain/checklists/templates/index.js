import { PlanFinding, planFinding } from "../../organisation/plan-finding.js";
import { UNIT_KIND_LABELS } from "../../units/unit-kind.js";
import { producerDefaultChecklist } from "./producer-default.js";
import { retailerDefaultChecklist } from "./retailer-default.js";
import { wholesalerDefaultChecklist } from "./wholesaler-default.js";
export const CHECKLIST_TEMPLATES = [
    producerDefaultChecklist,
    wholesalerDefaultChecklist,
    retailerDefaultChecklist,
];
export const CHECKLIST_TEMPLATE_IDS = CHECKLIST_TEMPLATES.map((template) => template.templateId);
export function findChecklistTemplate(templateId) {
    const template = CHECKLIST_TEMPLATES.find((candidate) => candidate.templateId === templateId);
    // A copy, so a caller that edits its checklist never edits the built-in template.
    if (template !== undefined)
        return { ...template, items: template.items.map((item) => ({ ...item })) };
    const available = CHECKLIST_TEMPLATES.map((candidate) => `${candidate.templateId}（${UNIT_KIND_LABELS[candidate.kind]}）`).join('、');
    return planFinding('CHECKLIST_TEMPLATE_UNKNOWN', `没有名为 ${templateId} 的风险管控清单模板，可用模板：${available}`, {
        templateId,
        validTemplateIds: [...CHECKLIST_TEMPLATE_IDS],
    });
}
//# sourceMappingURL=index.js.map