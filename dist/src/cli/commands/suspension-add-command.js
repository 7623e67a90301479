import { isDomainError } from "../../domain/domain-error.js";
import { recordSuspension } from "../../use-cases/suspensions/record-suspension.js";
import { CommandError } from "../cli-context.js";
import { wordCommandRefusal } from "../command-refusal-wording.js";
export async function suspensionAddCommand(context, input) {
    if (!input.unitId || !input.from || !input.to || !input.reason) {
        throw new CommandError('用法：npm run qs -- suspension add --unit 单位编号 --from YYYY-MM-DD --to YYYY-MM-DD --reason 原因', 2);
    }
    try {
        await recordSuspension(context.database.store, { unitId: input.unitId, startDate: input.from, endDate: input.to, reason: input.reason, actor: 'command-line', now: context.now() });
    }
    catch (error) {
        const sentence = isDomainError(error) ? wordCommandRefusal(error) : undefined;
        if (sentence)
            throw new CommandError(`未登记：${sentence}`);
        throw error;
    }
    context.print(`已登记 ${input.unitId} 停产停业期间 ${input.from} 至 ${input.to}：${input.reason}。期间不推送每日检查，记录中注明原因。`);
}
//# sourceMappingURL=suspension-add-command.js.map