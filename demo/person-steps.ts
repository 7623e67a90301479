import { readFile } from 'node:fs/promises';
import { cardToText } from '../src/lark/card-to-text.ts';
import { buttonsOf, type FormAnswers, fillForm } from '../lark-stand-in/card-reading.ts';
import type { DemoPerson } from './demo-organisation.ts';
import type { Step } from './demo-script.ts';
import type { DemoStage } from './demo-stage.ts';

function onDay(text: string, date: string): string {
  return text.replaceAll('{date}', date);
}

function answersOnDay(answers: FormAnswers | undefined, date: string): FormAnswers {
  if (!answers) return {};
  return {
    ...(answers.fields ? { fields: Object.fromEntries(Object.entries(answers.fields).map(([label, text]) => [label, onDay(text, date)])) } : {}),
    ...(answers.choose ? { choose: answers.choose } : {}),
  };
}

/** The latest card in the person's chat that shows `marker` and offers the button, as they would scroll to it. */
function findButton(stage: DemoStage, person: DemoPerson, marker: string, label: string, nth: number) {
  const cards = stage.standIn
    .messagesTo(person.openId)
    .filter((message) => message.msgType === 'interactive' && cardToText(message.current).includes(marker));
  for (const message of cards.reverse()) {
    const button = buttonsOf(message.current).filter((candidate) => candidate.label === label)[nth - 1];
    if (button) return { messageId: message.messageId, button };
  }
  throw new Error(`${person.name} 没有收到含「${marker}」且带「${label}」按钮（第 ${nth} 个）的卡片`);
}

function refusal(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const toast = (body as { toast?: { type?: string; content?: string } }).toast;
  return toast?.type === 'error' ? (toast.content ?? '') : undefined;
}

/** One thing a person does in the chat, delivered to the service as Lark delivers it. */
export async function performStep(stage: DemoStage, person: DemoPerson, step: Step, date: string): Promise<void> {
  if ('say' in step) {
    const sent = await stage.lark.sendText(person.openId, onDay(step.say, date));
    if (sent.status !== 200) throw new Error(`${person.name} 发送「${step.say}」未被接收：HTTP ${sent.status}`);
    // Lark gets its 200 once the message is stored; the script goes on once the bot has acted on it, as a person
    // reading the reply would.
    await stage.settle();
    return;
  }
  if ('photo' in step) {
    const bytes = await readFile(new URL(step.photo, import.meta.url));
    const sent = await stage.lark.sendAttachment(person.openId, { kind: 'image', bytes, mediaType: 'image/png' });
    if (sent.status !== 200) throw new Error(`${person.name} 发送照片 ${step.photo} 未被接收：HTTP ${sent.status}`);
    await stage.settle();
    return;
  }
  // A button is pressed on the card as it is now, so whatever the service still had to send must have arrived.
  await stage.settle();
  const marker = onDay(step.on, date);
  const { messageId, button } = findButton(stage, person, marker, step.press, step.nth ?? 1);
  const formValue = button.form ? fillForm(button.form, answersOnDay(step.form, date)) : undefined;
  const pressed = await stage.lark.pressButton({
    operatorOpenId: person.openId,
    messageId,
    value: button.value,
    ...(formValue ? { formValue } : {}),
  });
  const refused = pressed.status === 200 ? refusal(pressed.body) : `HTTP ${pressed.status}`;
  if (refused !== undefined) throw new Error(`${person.name} 点击「${step.press}」被拒绝：${refused}`);
}
