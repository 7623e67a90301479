import { isLocalDate } from "../../domain/calendar/local-time.js";
import { isJobName, JOB_NAMES } from "../../domain/schedules/due-jobs.js";
import { jobInstant, runJob } from "../../jobs/run-job.js";
import { CommandError } from "../cli-context.js";
export async function jobRunCommand(context, input) {
    if (!input.job || !isJobName(input.job)) {
        throw new CommandError(`用法：npm run qs -- job run <任务> --date YYYY-MM-DD [--unit 单位编号]；任务为 ${JOB_NAMES.join('、')}`, 2);
    }
    if (!input.date || !isLocalDate(input.date))
        throw new CommandError(`--date 须为 YYYY-MM-DD 格式的日期，收到：${input.date ?? '（未提供）'}`, 2);
    const units = await context.database.store.transaction((transaction) => transaction.units.list());
    const selected = input.unitId ? units.filter((unit) => unit.id === input.unitId) : units;
    if (input.unitId && selected.length === 0)
        throw new CommandError(`没有编号为 ${input.unitId} 的单位。已有单位：${units.map((unit) => unit.id).join('、') || '（无，请先 org import）'}`);
    for (const unit of selected) {
        const summary = await runJob({ store: context.database.store }, { job: input.job, unit, date: input.date, now: jobInstant(unit, input.job, input.date, context.now()) });
        context.print(`${input.job} ${unit.id} ${input.date}：${summary}`);
    }
}
//# sourceMappingURL=job-run-command.js.map