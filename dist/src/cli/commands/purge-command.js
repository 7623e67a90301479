import { createInterface } from 'node:readline/promises';
import { isLocalDate, localTimeAt } from "../../domain/calendar/local-time.js";
import { isDomainError } from "../../domain/domain-error.js";
import { previewPurge, purgeOldRecords } from "../../use-cases/archive/purge-old-records.js";
import { CommandError } from "../cli-context.js";
import { wordCommandRefusal } from "../command-refusal-wording.js";
const labels = {
    dailyChecks: '每日检查记录',
    hazards: '已关闭的隐患',
    weeklyReports: '已确认的周报',
    monthlyMinutes: '已确认的调度会议纪要',
    suggestions: '已答复的建议/否决',
    suspensions: '停产停业记录',
    outbox: '已发送的消息记录',
    inboundEvents: '已处理的飞书事件',
};
function describe(counts) {
    return Object.entries(counts).map(([kind, count]) => `${labels[kind] ?? kind} ${count} 条`).join('，');
}
async function confirmed(question) {
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    try {
        return (await prompt.question(question)).trim().toLowerCase() === 'yes';
    }
    finally {
        prompt.close();
    }
}
/** Removes only records older than two years, after showing what goes and asking; the chain records the purge. */
export async function purgeCommand(context, input) {
    if (!input.before || !isLocalDate(input.before))
        throw new CommandError('用法：npm run qs -- purge --before YYYY-MM-DD [--yes]', 2);
    const today = localTimeAt(context.now(), context.configuration.defaultTimeZone).date;
    try {
        const counts = await previewPurge(context.database.store, { before: input.before, today });
        context.print(`将删除 ${input.before} 之前的：${describe(counts)}。审计链保留，并记录本次清理。`);
        if (!input.yes) {
            if (!process.stdin.isTTY)
                throw new CommandError('未确认，没有删除任何内容：在终端中运行并输入 yes 确认，或加 --yes。');
            if (!(await confirmed('确认删除？输入 yes 继续：')))
                throw new CommandError('已取消，没有删除任何内容。');
        }
        const removed = await purgeOldRecords(context.database.store, { before: input.before, today, actor: 'command-line', now: context.now() });
        context.print(`已删除：${describe(removed)}。`);
    }
    catch (error) {
        const sentence = isDomainError(error) ? wordCommandRefusal(error) : undefined;
        if (sentence)
            throw new CommandError(`拒绝删除：${sentence}`);
        throw error;
    }
}
//# sourceMappingURL=purge-command.js.map