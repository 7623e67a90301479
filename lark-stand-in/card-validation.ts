import { isJsonObject } from '../src/lark/json-object.ts';

// The card rules Lark enforces when it builds a card, so a card the bot could never show is refused here too
// (230099) instead of passing silently in tests.

export type CardCheck = { ok: true } | { ok: false; reason: string; subCode?: number };

const maximumElements = 200;

// Components that report a value when a form is submitted; each needs a name so its value can be keyed.
const formFieldTags = new Set([
  'button',
  'input',
  'select_static',
  'multi_select_static',
  'select_person',
  'multi_select_person',
  'select_img',
  'date_picker',
  'picker_time',
  'picker_datetime',
  'checker',
]);

interface ElementVisit {
  element: Record<string, unknown>;
  where: string;
  depth: number;
}


function childLists(element: Record<string, unknown>): Array<[string, unknown[]]> {
  return ['elements', 'columns', 'actions'].flatMap((key): Array<[string, unknown[]]> => {
    const value = element[key];
    return Array.isArray(value) ? [[key, value]] : [];
  });
}

/** Walks every element, nested ones included; fails on the first element that is not an object with a tag. */
function collectElements(list: unknown[], where: string, depth: number, into: ElementVisit[]): string | undefined {
  for (const [index, element] of list.entries()) {
    const elementWhere = `${where}[${index}]`;
    if (!isJsonObject(element)) return `${elementWhere} is not an object`;
    if (typeof element['tag'] !== 'string' || element['tag'] === '') return `${elementWhere} has no tag`;
    into.push({ element, where: elementWhere, depth });
    for (const [key, children] of childLists(element)) {
      const problem = collectElements(children, `${elementWhere}.${key}`, depth + 1, into);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

function checkForm(form: ElementVisit): string | undefined {
  const inside: ElementVisit[] = [];
  const problem = collectElements(
    Array.isArray(form.element['elements']) ? form.element['elements'] : [],
    `${form.where}.elements`,
    form.depth + 1,
    inside,
  );
  if (problem !== undefined) return problem;
  const nested = inside.find(({ element }) => element['tag'] === 'form' || element['tag'] === 'table');
  if (nested !== undefined) return `${nested.where}: a form cannot contain a ${String(nested.element['tag'])}`;
  const hasSubmit = inside.some(
    ({ element }) => element['tag'] === 'button' && element['form_action_type'] === 'submit',
  );
  if (!hasSubmit) return `${form.where}: a form needs a button with form_action_type "submit"`;
  const seenNames = new Set<string>();
  for (const { element, where } of inside) {
    if (!formFieldTags.has(String(element['tag']))) continue;
    const name = element['name'];
    if (typeof name !== 'string' || name.trim() === '') return `${where}: a ${String(element['tag'])} inside a form needs a name`;
    if (seenNames.has(name)) return `${where}: the name "${name}" is used twice in one form`;
    seenNames.add(name);
  }
  return undefined;
}

function checkElements(list: unknown[], where: string, formsOnlyAtRoot: boolean): CardCheck {
  const visits: ElementVisit[] = [];
  const problem = collectElements(list, where, 0, visits);
  if (problem !== undefined) return { ok: false, reason: problem };
  if (visits.length > maximumElements) {
    return { ok: false, subCode: 11310, reason: `the card has ${visits.length} elements, more than ${maximumElements}` };
  }
  for (const visit of visits) {
    if (visit.element['tag'] !== 'form') continue;
    if (formsOnlyAtRoot && visit.depth > 0) return { ok: false, reason: `${visit.where}: a form may only sit in the body root` };
    const formProblem = checkForm(visit);
    if (formProblem !== undefined) return { ok: false, reason: formProblem };
  }
  return { ok: true };
}

function checkTemplate(card: Record<string, unknown>): CardCheck {
  const data = card['data'];
  if (!isJsonObject(data) || typeof data['template_id'] !== 'string' || data['template_id'] === '') {
    return { ok: false, reason: 'a template card needs data.template_id' };
  }
  return { ok: true };
}

export function checkCard(card: unknown): CardCheck {
  if (!isJsonObject(card)) return { ok: false, reason: 'the card is not a JSON object' };
  if (card['type'] === 'template') return checkTemplate(card);
  if (card['schema'] === '2.0') {
    const body = card['body'];
    if (!isJsonObject(body) || !Array.isArray(body['elements'])) {
      return { ok: false, reason: 'a schema 2.0 card needs body.elements to be an array' };
    }
    return checkElements(body['elements'], 'body.elements', true);
  }
  if (card['schema'] !== undefined) return { ok: false, reason: `unknown card schema ${JSON.stringify(card['schema'])}` };
  const elements = card['elements'];
  if (elements === undefined) return { ok: true };
  if (!Array.isArray(elements)) return { ok: false, reason: 'elements must be an array' };
  return checkElements(elements, 'elements', false);
}

export function describeCardFailure(check: Extract<CardCheck, { ok: false }>): string {
  const subCode = check.subCode === undefined ? '' : `ErrCode: ${check.subCode}; `;
  return `Failed to create card content, ext=${subCode}ErrMsg: ${check.reason}`;
}
