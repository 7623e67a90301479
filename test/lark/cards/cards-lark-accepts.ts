import { expect, it } from 'vitest';
import { CardActionValue } from '../../../src/lark/cards/card-action-values.ts';
import { buttonsOf, cardBytes, cardJsonViolations, countElements, MAX_CARD_BYTES, MAX_ELEMENTS } from './card-json-rules.ts';

/** The checks every card builder owes Lark, for each named card: valid JSON 2.0, within the limits, known buttons. */
export function itBuildsCardsLarkAccepts(cards: ReadonlyArray<readonly [string, unknown]>): void {
  it.each(cards)('%s: is Card JSON 2.0 that Lark accepts', (_, card) => {
    expect(cardJsonViolations(card)).toEqual([]);
  });

  it.each(cards)('%s: stays under 30 KB and 200 elements', (_, card) => {
    expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(countElements(card)).toBeLessThanOrEqual(MAX_ELEMENTS);
  });

  it.each(cards)('%s: every button sends a value the action handler accepts', (_, card) => {
    for (const button of buttonsOf(card)) expect(CardActionValue.safeParse(button.value).success, button.label).toBe(true);
  });
}
