/**
 * Where a hazard was found (38号文 附件2 §2.4, §5.2): most come from an officer's daily check; the director's weekly
 * investigation, the monthly meeting, a complaint and the regulator's inspection find them too, and each then runs the
 * same rectification loop.
 */
export type HazardSource = 'daily-check' | 'weekly-investigation' | 'monthly-meeting' | 'complaint' | 'regulator' | 'veto' | 'other';

/** The sources a director or principal may name, by the word they type. */
export const RAISED_HAZARD_SOURCES: Readonly<Record<string, Exclude<HazardSource, 'daily-check'>>> = {
  周排查: 'weekly-investigation',
  月调度: 'monthly-meeting',
  投诉: 'complaint',
  监管检查: 'regulator',
  其他: 'other',
};

export const HAZARD_SOURCE_LABELS: Readonly<Record<HazardSource, string>> = {
  'daily-check': '日管控',
  'weekly-investigation': '周排查',
  'monthly-meeting': '月调度',
  complaint: '投诉',
  regulator: '监管检查',
  veto: '否决建议',
  other: '其他',
};

/** Where a finding of the regulator's inspection was found: the inspection, by its date and who carried it out. */
export function regulatorInspectionPlace(date: string, authority: string): string {
  return `${HAZARD_SOURCE_LABELS.regulator}（${date} ${authority}）`;
}

/** The sources a person may name; an adopted veto's measure is entered into the loop by the bot alone. */
export function isNameableSource(code: string): code is Exclude<HazardSource, 'daily-check' | 'veto'> {
  return Object.values(RAISED_HAZARD_SOURCES).includes(code as Exclude<HazardSource, 'daily-check'>);
}

function isRaisedSource(code: string): code is Exclude<HazardSource, 'daily-check'> {
  return code === 'veto' || isNameableSource(code);
}

/** Where an adopted veto's measure is tracked: the veto, by its number. */
export function adoptedVetoPlace(number: number): string {
  return `${HAZARD_SOURCE_LABELS.veto}（第 ${number} 号）`;
}

/**
 * A hazard found on a daily check belongs to its check and item; one raised elsewhere has no check, and its item
 * code is its source, which its report hash therefore covers.
 */
/**
 * What a hazard's item was: the checklist item it was found on, or where it was found when not on a daily check —
 * its source, which for the regulator's findings names the inspection.
 */
export function hazardItemWords(hazard: { source?: Exclude<HazardSource, 'daily-check'>; itemCode: string; itemText: string }): string {
  return hazard.source === undefined ? `${hazard.itemCode} ${hazard.itemText}` : `来源：${hazard.itemText}`;
}

/** The fact's `source` field: present only for a hazard found elsewhere than on a daily check. */
export function raisedSourceOf(hazard: { dailyCheckId: string | null; itemCode: string }): { source?: Exclude<HazardSource, 'daily-check'> } {
  const source = hazardSource(hazard);
  return source === 'daily-check' ? {} : { source };
}

export function hazardSource(hazard: { dailyCheckId: string | null; itemCode: string }): HazardSource {
  if (hazard.dailyCheckId !== null) return 'daily-check';
  return isRaisedSource(hazard.itemCode) ? hazard.itemCode : 'other';
}
