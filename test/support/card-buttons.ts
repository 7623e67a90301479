interface ButtonFound {
  label: string;
  value: unknown;
  insideForm: boolean;
}

function walk(node: unknown, insideForm: boolean, found: ButtonFound[]): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, insideForm, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const element = node as Record<string, unknown>;
  if (element.tag === 'button') {
    const text = element.text as { content?: string } | undefined;
    const behaviors = element.behaviors as Array<{ value?: unknown }> | undefined;
    found.push({ label: text?.content ?? '', value: behaviors?.[0]?.value, insideForm });
  }
  for (const [key, child] of Object.entries(element)) {
    if (key !== 'behaviors') walk(child, insideForm || element.tag === 'form', found);
  }
}

export function buttonsOf(card: unknown): ButtonFound[] {
  const found: ButtonFound[] = [];
  walk(card, false, found);
  return found;
}

/** The value a person's press sends, read from the card they see, as a person would find the button by its label. */
export function buttonValue(card: unknown, label: string, occurrence = 0): unknown {
  const matches = buttonsOf(card).filter((button) => button.label === label);
  const match = matches[occurrence];
  if (!match) throw new Error(`no button 「${label}」 (#${occurrence}) on the card; buttons: ${buttonsOf(card).map((button) => button.label).join(', ')}`);
  return match.value;
}
