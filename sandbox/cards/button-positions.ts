import { isJsonObject } from '../../src/lark/json-object.ts';

/**
 * Each button of a card with its position among `buttonsOf(card)` (lark-stand-in/card-reading.ts): a press names
 * the button by that position, and the server reads its value from the recorded card. The walk is the same as
 * `buttonsOf`'s, so the two always agree.
 */
export function buttonPositions(card: unknown): Map<object, number> {
  const positions = new Map<object, number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (!isJsonObject(node)) return;
    if (node.tag === 'button') positions.set(node, positions.size);
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'behaviors') walk(child);
    }
  };
  walk(card);
  return positions;
}
