import chineseDays from 'chinese-days';

/**
 * China's official working days, 调休 and 补班 included, from the maintained `chinese-days` data set rather than a
 * hand-typed holiday list. Years the State Council has not yet announced fall back to Monday–Friday.
 */
export function isOfficialWorkingDay(date: string): boolean {
  return chineseDays.isWorkday(date);
}

/** The day's name in the official calendar when it is not a working day (e.g. 国庆节), else the weekday. */
export function restDayName(date: string): string {
  const name = chineseDays.getDayDetail(date).name;
  const chinese = name.split(',').find((part) => /[\u4e00-\u9fff]/.test(part));
  return chinese ?? '周末';
}
