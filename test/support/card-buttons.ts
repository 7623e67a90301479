import { buttonsOf } from '../../lark-stand-in/card-reading.ts';

/** The value a person's press sends, read from the card they see, as a person would find the button by its label. */
export function buttonValue(card: unknown, label: string, occurrence = 0): unknown {
  const matches = buttonsOf(card).filter((button) => button.label === label);
  const match = matches[occurrence];
  if (!match) throw new Error(`no button 「${label}」 (#${occurrence}) on the card; buttons: ${buttonsOf(card).map((button) => button.label).join(', ')}`);
  return match.value;
}
