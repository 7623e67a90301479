import cliProgress from 'cli-progress';

export interface DemoProgress {
  dayPlayed(date: string, dayNumber: number): void;
  stop(): void;
}

const silent: DemoProgress = { dayPlayed: () => undefined, stop: () => undefined };

/**
 * A bar in a terminal; where nobody watches a bar redraw (a CI log, a pipe) one line per week, so the log stays short.
 */
export function createDemoProgress(enabled: boolean, dates: string[]): DemoProgress {
  if (!enabled) return silent;
  const total = dates.length;
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '演示进行中 |{bar}| {value}/{total} 天  {date}', stream: process.stdout, hideCursor: true, barsize: 30 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { date: dates[0] ?? '' });
    return {
      dayPlayed: (date, dayNumber) => bar.update(dayNumber, { date }),
      stop: () => bar.stop(),
    };
  }
  return {
    dayPlayed(date, dayNumber) {
      if (dayNumber % 7 !== 0 && dayNumber !== total) return;
      const weekStart = dates[Math.floor((dayNumber - 1) / 7) * 7] ?? date;
      process.stdout.write(`已演完第 ${Math.ceil(dayNumber / 7)} 周：${weekStart} 至 ${date}（${dayNumber}/${total} 天）\n`);
    },
    stop: () => undefined,
  };
}
