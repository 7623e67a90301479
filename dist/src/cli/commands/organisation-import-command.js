import { readFile } from 'node:fs/promises';
import { UNIT_SIZE_LABELS } from "../../domain/units/unit-grade.js";
import { importOrganisation, OrganisationImportRefused } from "../../use-cases/organisation/import-organisation.js";
import { CommandError } from "../cli-context.js";
import { parseOrganisationFile } from "../organisation-file-schema.js";
export async function organisationImportCommand(context, filePath) {
    if (!filePath)
        throw new CommandError('用法：npm run qs -- org import <组织文件.yaml>', 2);
    let text;
    try {
        text = await readFile(filePath, 'utf8');
    }
    catch (error) {
        throw new CommandError(`无法读取组织文件 ${filePath}：${error.code ?? String(error)}`);
    }
    const parsed = parseOrganisationFile(text);
    if (!parsed.ok) {
        throw new CommandError(`组织文件 ${filePath} 有误，未写入任何内容：\n${parsed.problems.map((problem) => `  - ${problem.message}`).join('\n')}`);
    }
    try {
        const report = await importOrganisation({ store: context.database.store, directory: context.messenger, defaultTimeZone: context.configuration.defaultTimeZone, now: context.now() }, parsed.plan, parsed.describe);
        for (const unit of report.units) {
            const plan = parsed.plan.units.find((candidate) => candidate.id === unit.unitId);
            context.print(`单位 ${unit.unitId}（${plan?.name ?? ''}）：${UNIT_SIZE_LABELS[unit.grade.size]}，${unit.grade.grade} 级；${unit.directorRequired.required ? '须配备质量安全总监' : '可不配备质量安全总监'}。${unit.grade.reason}`);
        }
        context.print(report.changes.length > 0 ? `已导入，共 ${report.changes.length} 项变更：` : '已导入：与现有数据相同，没有变更。');
        for (const change of report.changes)
            context.print(`  + ${change}`);
        for (const warning of report.warnings)
            context.print(`  ! 提醒：${warning}`);
    }
    catch (error) {
        if (error instanceof OrganisationImportRefused)
            throw new CommandError(error.message);
        throw error;
    }
}
//# sourceMappingURL=organisation-import-command.js.map