import { instantAt } from '../src/domain/calendar/local-time.ts';

/**
 * The stand-in's clock while the month is played: Lark stamps every message and press with it. It is set to the
 * moment in the script and then ticks one millisecond per reading, so that the bot's answer to a message is always
 * stamped after the message, and each chat reads in the order things happened.
 */
export class DemoClock {
  private last: number;

  constructor(
    private readonly timeZone: string,
    startDate: string,
  ) {
    this.last = instantAt(startDate, '00:00', timeZone).getTime();
  }

  /** Moves the clock to this local date and time; it never goes back. */
  setLocal(date: string, time: string): void {
    this.last = Math.max(this.last, instantAt(date, time, this.timeZone).getTime());
  }

  readonly now = (): number => {
    this.last += 1;
    return this.last;
  };
}
