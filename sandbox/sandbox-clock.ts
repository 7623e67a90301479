import { instantAt, isoWeekday, localTimeAt } from '../src/domain/calendar/local-time.ts';

const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/**
 * The sandbox's simulated time. Between actions it runs on with real time, so each message and press gets its own,
 * later stamp; it is moved forward to run a job or play a day, and never back, since records are stamped with it.
 */
export class SandboxClock {
  private simulated: number;
  private realAtSimulated: number;
  private last: number;

  constructor(
    private readonly timeZone: string,
    start: number,
    private readonly realNow: () => number = Date.now,
  ) {
    this.simulated = start;
    this.realAtSimulated = realNow();
    this.last = start;
  }

  /** The current moment, read without ticking. */
  current(): number {
    return Math.max(this.last, this.simulated + (this.realNow() - this.realAtSimulated));
  }

  /** Each reading is at least a millisecond after the one before, so replies sort after what they answer. */
  readonly now = (): number => {
    this.last = Math.max(this.last + 1, this.simulated + (this.realNow() - this.realAtSimulated));
    return this.last;
  };

  /** Moves the clock to `instant` when that is later than now; an earlier instant leaves it where it is. */
  moveTo(instant: number): void {
    if (instant <= this.current()) return;
    this.simulated = instant;
    this.realAtSimulated = this.realNow();
  }

  setLocal(date: string, time: string): void {
    this.moveTo(instantAt(date, time, this.timeZone).getTime());
  }

  localDate(): string {
    return localTimeAt(new Date(this.current()), this.timeZone).date;
  }

  /** e.g. `2026-12-04 07:00 周五`. */
  describe(): string {
    const local = localTimeAt(new Date(this.current()), this.timeZone);
    return `${local.date} ${local.time} ${WEEKDAY_NAMES[isoWeekday(local.date) - 1] ?? ''}`;
  }
}
