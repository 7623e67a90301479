import cron, {} from 'node-cron';
import { localTimeAt } from "../domain/calendar/local-time.js";
import { dueJobs } from "../domain/schedules/due-jobs.js";
import { runJob } from "./run-job.js";
/**
 * Once a minute, every unit's due jobs in the unit's own time zone. Units differ in zone and times, so one
 * minute tick that asks the domain what is due replaces a cron entry per unit and job.
 */
export class Scheduler {
    dependencies;
    logger;
    now;
    task;
    ticking;
    constructor(dependencies, logger, now = () => new Date()) {
        this.dependencies = dependencies;
        this.logger = logger;
        this.now = now;
    }
    start() {
        this.task = cron.schedule('* * * * *', () => {
            void this.tick();
        });
        void this.tick();
    }
    async stop() {
        await this.task?.stop();
        await this.ticking;
    }
    tick() {
        this.ticking ??= this.runDue().finally(() => {
            this.ticking = undefined;
        });
        return this.ticking;
    }
    async runDue() {
        const now = this.now();
        const units = await this.dependencies.store.transaction((transaction) => transaction.units.list());
        for (const unit of units) {
            for (const due of dueJobs(unit.schedule, localTimeAt(now, unit.timeZone))) {
                try {
                    const ran = await this.dependencies.store.transaction((transaction) => transaction.jobRuns.hasRun(due.job, unit.id, due.period));
                    if (ran)
                        continue;
                    const summary = await runJob(this.dependencies, { job: due.job, unit, date: due.date, now, ...(due.shift ? { shift: due.shift } : {}) });
                    await this.dependencies.store.transaction((transaction) => transaction.jobRuns.record(due.job, unit.id, due.period, now));
                    this.logger.info({ job: due.job, unitId: unit.id, period: due.period }, summary);
                }
                catch (error) {
                    this.logger.error({ err: error, job: due.job, unitId: unit.id, period: due.period }, 'scheduled job failed; it will be tried again next minute');
                }
            }
        }
    }
}
//# sourceMappingURL=scheduler.js.map