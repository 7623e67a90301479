import { addDays, instantAt } from '../src/domain/calendar/local-time.ts';
import type { JobName } from '../src/domain/schedules/due-jobs.ts';
import { jobInstant, runJob } from '../src/jobs/run-job.ts';
import type { UnitProfile } from '../src/ports/unit-repository.ts';
import { JOB_LABELS } from './job-labels.ts';
import type { Notice, SandboxWorld } from './sandbox-world.ts';

/** Later than any job time, so that `jobInstant` answers with the job's own time on the date. */
const END_OF_TIME = new Date(8.64e15);

export async function listUnits(world: SandboxWorld): Promise<UnitProfile[]> {
  return world.stage.database.store.transaction((transaction) => transaction.units.list());
}

/**
 * Runs one scheduled job "as of" a date through the entry point the scheduler and `qs job run` share. The clock moves
 * to the job's time on that date when that is still ahead; a job for an earlier date runs at the current moment.
 */
export async function runJobAsOf(world: SandboxWorld, request: { job: JobName; unitId: string; date: string }): Promise<Notice> {
  const unit = (await listUnits(world)).find((candidate) => candidate.id === request.unitId);
  if (unit === undefined) return { kind: 'error', text: `没有编号为 ${request.unitId} 的单位` };
  world.clock.moveTo(jobInstant(unit, request.job, request.date, END_OF_TIME).getTime());
  const summary = await runJob({ store: world.stage.database.store }, { job: request.job, unit, date: request.date, now: new Date(world.clock.now()) });
  await world.stage.settle();
  return { kind: 'success', text: `${JOB_LABELS[request.job]} · ${unit.name} · ${request.date}：${summary}` };
}

/** The times of day at which a unit's jobs fall due, as the scheduler's minute tick would find them. */
function jobTimes(unit: UnitProfile): string[] {
  const { schedule } = unit;
  return [schedule.pushTime, ...schedule.shiftTimes, schedule.remindTime, schedule.weeklyTime, schedule.monthlyTime, schedule.closeTime];
}

/**
 * Moves to the next day and, at each of the units' job times that day in time order, lets the service's scheduler run
 * whatever is due, as a deployment lives the day.
 */
export async function advanceDay(world: SandboxWorld): Promise<Notice> {
  const date = addDays(world.clock.localDate(), 1);
  const units = await listUnits(world);
  const moments = [...new Set(units.flatMap((unit) => jobTimes(unit).map((time) => instantAt(date, time, unit.timeZone).getTime())))].sort((left, right) => left - right);
  for (const moment of moments) {
    world.clock.moveTo(moment);
    await world.stage.runDueJobs();
    await world.stage.settle();
  }
  return { kind: 'success', text: `已推进到 ${date}，并按各单位的时间运行了当天到期的任务` };
}
