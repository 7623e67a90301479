import { addDays, instantAt } from '../src/domain/calendar/local-time.ts';
import type { Role } from '../src/domain/people/role.ts';
import { dueJobs, type JobName } from '../src/domain/schedules/due-jobs.ts';
import type { UnitProfile } from '../src/ports/unit-repository.ts';
import { recordSuspension } from '../src/use-cases/suspensions/record-suspension.ts';
import type { DemoClock } from './demo-clock.ts';
import type { DemoOrganisation, DemoPerson, DemoUnit } from './demo-organisation.ts';
import type { DemoScript, Step, Turn } from './demo-script.ts';
import type { DemoStage } from './demo-stage.ts';
import { performStep } from './person-steps.ts';

export interface PlayMonthOptions {
  stage: DemoStage;
  clock: DemoClock;
  organisation: DemoOrganisation;
  script: DemoScript;
  /** The days played, in order; day 1 of the script is the first. */
  dates: string[];
  onDayPlayed: (date: string, dayNumber: number) => void;
}

/** Something that happens at a moment of the day: the scheduler's jobs first, then what people do. */
interface Moment {
  time: string;
  jobsFirst: boolean;
  happen: () => Promise<void>;
}

function laterBy(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = Math.min(hours * 60 + mins + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function withRole(unit: DemoUnit, role: Role): DemoPerson[] {
  return unit.people.filter((person) => person.roles.includes(role));
}

function personOf(organisation: DemoOrganisation, unitId: string, key: string): DemoPerson {
  const person = organisation.units.find((unit) => unit.id === unitId)?.people.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`演示脚本中的 ${unitId}/${key} 不在演示组织文件中`);
  return person;
}

/**
 * Plays the days one after another, as a deployment lives them: the jobs the scheduler would run at each of the
 * unit's times (asked of the same `dueJobs` the scheduler asks), and every person's message or press as a delivery
 * stamped with the moment it happens.
 */
export async function playMonth(options: PlayMonthOptions): Promise<void> {
  const { stage, clock, organisation, script, dates } = options;
  const { store } = stage.database;
  const profiles = await store.transaction((transaction) => transaction.units.list());
  const weeklyReportsSoFar = new Map<string, number>();

  // A person takes a minute per step, and reads the bot's answer before the next one.
  const steps = async (person: DemoPerson, list: Step[], date: string, time: string) => {
    for (const [index, step] of list.entries()) {
      clock.setLocal(date, laterBy(time, index));
      await performStep(stage, person, step, date);
      await stage.settle();
    }
  };

  const suspendedOn = (unitId: string, dayNumber: number) =>
    script.suspensions.some((suspension) => suspension.unit === unitId && dayNumber >= suspension.fromDay && dayNumber <= suspension.toDay);

  // At each of the unit's job times the service's own scheduler runs what is due, at the simulated moment.
  function jobMoments(unit: UnitProfile): Moment[] {
    const { schedule } = unit;
    const times = [...new Set([schedule.pushTime, schedule.monthlyTime, schedule.remindTime, schedule.weeklyTime, schedule.closeTime])];
    return times.map((time) => ({ time, jobsFirst: true, happen: () => stage.runDueJobs() }));
  }

  function fallsDue(unit: UnitProfile, job: JobName, date: string, time: string): boolean {
    return dueJobs(unit.schedule, { date, time }).some((due) => due.job === job);
  }

  const leavesOn = (unitId: string, dayNumber: number) =>
    script.leaves.filter((leave) => leave.unit === unitId && dayNumber >= leave.fromDay && dayNumber <= leave.toDay);

  // An officer on leave does not answer; the substitute answers their own check and then the one held for the officer.
  function officerMoments(unit: DemoUnit, date: string, dayNumber: number): Moment[] {
    if (suspendedOn(unit.id, dayNumber)) return [];
    const leaves = leavesOn(unit.id, dayNumber);
    return withRole(unit, 'officer').flatMap((officer, index) => {
      if (leaves.some((leave) => leave.officer === officer.key)) return [];
      const scripted = script.officerDays.find((turn) => turn.day === dayNumber && turn.unit === unit.id && turn.person === officer.key);
      const zeroRisk = (dayNumber + index) % 2 === 0 ? script.zeroRisk.byCard : script.zeroRisk.byText;
      const covering = leaves.filter((leave) => leave.substitute === officer.key).map(() => script.zeroRisk.byText);
      const time = scripted?.time ?? script.officerTimes[index % script.officerTimes.length] ?? '09:00';
      return [{ time, jobsFirst: false, happen: () => steps(officer, [...(scripted ? scripted.steps : [zeroRisk]), ...covering], date, time) }];
    });
  }

  function leaveMoments(unit: DemoUnit, date: string, dayNumber: number): Moment[] {
    return script.leaves
      .filter((leave) => leave.unit === unit.id && leave.declaredOnDay === dayNumber)
      .flatMap((leave) => {
        const officer = personOf(organisation, unit.id, leave.officer);
        const substitute = personOf(organisation, unit.id, leave.substitute);
        const [director] = withRole(unit, 'director');
        const declared = `请假 ${addDays(date, leave.fromDay - dayNumber)} ${addDays(date, leave.toDay - dayNumber)} ${leave.reason}`;
        const moments: Moment[] = [{ time: '17:20', jobsFirst: false, happen: () => steps(officer, [{ say: declared }], date, '17:20') }];
        if (director) moments.push({ time: '17:40', jobsFirst: false, happen: () => steps(director, [{ say: `代班 ${officer.name} ${substitute.name}` }], date, '17:40') });
        return moments;
      });
  }

  function turnMoment(turn: Turn, date: string): Moment {
    return { time: turn.time, jobsFirst: false, happen: () => steps(personOf(organisation, turn.unit, turn.person), turn.steps, date, turn.time) };
  }

  function answerMoments(unit: DemoUnit, profile: UnitProfile, date: string): Moment[] {
    const [director] = withRole(unit, 'director');
    const [principal] = withRole(unit, 'principal');
    const moments: Moment[] = [];
    const reports = script.weeklyReports[unit.id] ?? [];
    if (director && reports.length > 0) {
      const time = laterBy(profile.schedule.weeklyTime, script.answerAfterMinutes);
      moments.push({
        time,
        jobsFirst: false,
        happen: async () => {
          if (!fallsDue(profile, 'weekly-report', date, profile.schedule.weeklyTime)) return;
          const index = weeklyReportsSoFar.get(unit.id) ?? 0;
          weeklyReportsSoFar.set(unit.id, index + 1);
          await steps(director, reports[index % reports.length] ?? [], date, time);
        },
      });
    }
    const minutes = script.monthlyMinutes[unit.id];
    if (principal && minutes) {
      const time = laterBy(profile.schedule.monthlyTime, script.answerAfterMinutes);
      moments.push({
        time,
        jobsFirst: false,
        happen: async () => {
          if (!fallsDue(profile, 'monthly-minutes', date, profile.schedule.monthlyTime)) return;
          if (director) await steps(director, minutes.director, date, time);
          await steps(principal, minutes.principal, date, time);
        },
      });
    }
    return moments;
  }

  function suspensionMoments(unit: DemoUnit, date: string, dayNumber: number): Moment[] {
    return script.suspensions
      .filter((suspension) => suspension.unit === unit.id && suspension.recordedOnDay === dayNumber)
      .map((suspension) => ({
        time: '17:00',
        jobsFirst: false,
        happen: async () => {
          // Recorded the way an administrator does it with `qs suspension add`, ahead of the shutdown.
          await recordSuspension(store, {
            unitId: unit.id,
            startDate: addDays(date, suspension.fromDay - dayNumber),
            endDate: addDays(date, suspension.toDay - dayNumber),
            reason: suspension.reason,
            actor: 'command-line',
            now: instantAt(date, '17:00', profile(unit.id).timeZone),
          });
        },
      }));
  }

  function profile(unitId: string): UnitProfile {
    const found = profiles.find((candidate) => candidate.id === unitId);
    if (!found) throw new Error(`单位 ${unitId} 未导入`);
    return found;
  }

  for (const [index, date] of dates.entries()) {
    const dayNumber = index + 1;
    const moments: Moment[] = [];
    for (const unit of organisation.units) {
      moments.push(
        ...jobMoments(profile(unit.id)),
        ...officerMoments(unit, date, dayNumber),
        ...answerMoments(unit, profile(unit.id), date),
        ...suspensionMoments(unit, date, dayNumber),
        ...leaveMoments(unit, date, dayNumber),
      );
    }
    moments.push(...script.turns.filter((turn) => turn.day === dayNumber).map((turn) => turnMoment(turn, date)));
    moments.sort((left, right) => left.time.localeCompare(right.time) || Number(right.jobsFirst) - Number(left.jobsFirst));
    for (const moment of moments) {
      clock.setLocal(date, moment.time);
      await moment.happen();
      await stage.settle();
    }
    options.onDayPlayed(date, dayNumber);
  }
}
