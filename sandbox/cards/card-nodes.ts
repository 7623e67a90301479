import { isJsonObject, type JsonObject } from '../../src/lark/json-object.ts';

/*
 * Reading a recorded card, which is whatever JSON the bot sent: every field is checked for its type before use, and
 * a field of the wrong type reads as absent, so a card Lark would refuse still shows what it can.
 */

export type CardNode = JsonObject;

export function isCardNode(value: unknown): value is CardNode {
  return isJsonObject(value);
}

export function nodesOf(value: unknown): CardNode[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

/** The text of a `plain_text`/`lark_md` object, or '' when there is none. */
export function textOf(value: unknown): string {
  return isJsonObject(value) && typeof value.content === 'string' ? value.content : '';
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Lark's enumerated words (button types, header templates, colours) as a class-name part; anything else is dropped. */
export function keyword(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z][a-z0-9_-]*$/.test(value) ? value : undefined;
}

/** The body elements of a card: schema 2.0 keeps them in `body`, the older cards at the top. */
export function bodyElementsOf(card: CardNode): CardNode[] {
  return isJsonObject(card.body) ? nodesOf(card.body.elements) : nodesOf(card.elements);
}

export function headerOf(card: CardNode): { title: string; subtitle: string; template: string | undefined } | undefined {
  if (!isJsonObject(card.header)) return undefined;
  return { title: textOf(card.header.title), subtitle: textOf(card.header.subtitle), template: keyword(card.header.template) };
}
