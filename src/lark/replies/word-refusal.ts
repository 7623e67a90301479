import { dailyCheckRefusalWording } from './daily-check-replies.ts';
import { archiveRefusalWording } from './archive-replies.ts';
import { hazardRefusalWording } from './hazard-replies.ts';
import { leaveRefusalWording } from './leave-replies.ts';
import { minutesRefusalWording } from './monthly-minutes-replies.ts';
import { operatingDayRefusalWording } from './operating-day-replies.ts';
import { storeRefusalWording } from './store-replies.ts';
import { suggestionRefusalWording } from './suggestion-replies.ts';
import { suspensionRefusalWording } from './suspension-replies.ts';
import { trainingRefusalWording } from './training-replies.ts';
import { weeklyReportRefusalWording } from './weekly-report-replies.ts';

/** Every feature's refusal wording, by code; the codes are prefixed by feature, so they never collide. */
const refusalWording: Readonly<Record<string, (details: never) => string>> = {
  ...dailyCheckRefusalWording,
  ...hazardRefusalWording,
  ...weeklyReportRefusalWording,
  ...minutesRefusalWording,
  ...suggestionRefusalWording,
  ...suspensionRefusalWording,
  ...operatingDayRefusalWording,
  ...leaveRefusalWording,
  ...trainingRefusalWording,
  ...archiveRefusalWording,
  ...storeRefusalWording,
};

/** The sentence a person reads for a refused rule; a code without wording is a fault, not a silent blank. */
export function wordRefusal(refusal: { readonly code: string; readonly details: unknown }): string {
  const word = refusalWording[refusal.code];
  if (!word) throw new Error(`no wording for the refusal ${refusal.code}`);
  return word(refusal.details as never);
}
