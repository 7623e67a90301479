/** The sentence for every refusal of a feature: a code left without wording does not compile. */
export type RefusalWording<Refusals extends object> = { [Code in keyof Refusals]: (details: Refusals[Code]) => string };
