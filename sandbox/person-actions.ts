import { buttonsOf } from '../lark-stand-in/card-reading.ts';
import { isJsonObject } from '../src/lark/json-object.ts';
import { buttonPositions } from './cards/button-positions.ts';
import { formValueFrom } from './form-value.ts';
import type { Notice, SandboxWorld } from './sandbox-world.ts';

/*
 * What a person does in their chat, delivered to the service through the stand-in's signed, encrypted HTTP delivery,
 * as Lark delivers it; each returns once the service has handled it and sent its answers.
 */

export interface Press {
  openId: string;
  messageId: string;
  /** The button's position among `buttonsOf` of the card as recorded now. */
  position: number;
  /** The card's field values by the card's field names. */
  fields: ReadonlyMap<string, string>;
}

const TOAST_KINDS = new Set(['info', 'success', 'warning', 'error']);

function toastOf(body: unknown): Notice | undefined {
  if (!isJsonObject(body) || !isJsonObject(body.toast)) return undefined;
  const { type, content } = body.toast;
  if (typeof content !== 'string') return undefined;
  return { kind: typeof type === 'string' && TOAST_KINDS.has(type) ? (type as Notice['kind']) : 'info', text: content };
}

function buttonNodeAt(card: unknown, position: number): Record<string, unknown> | undefined {
  for (const [node, at] of buttonPositions(card)) if (at === position) return node as Record<string, unknown>;
  return undefined;
}

/** Presses a button of a card in the person's chat; the value sent is the one the recorded card carries. */
export async function pressButton(world: SandboxWorld, press: Press): Promise<Notice | undefined> {
  const { stage } = world;
  await stage.settle();
  const message = stage.standIn.message(press.messageId);
  if (message === undefined || message.recipientOpenId !== press.openId || message.msgType !== 'interactive') {
    return { kind: 'error', text: '这张卡片不在此人的会话中，未点击' };
  }
  const button = buttonsOf(message.current)[press.position];
  if (button === undefined) return { kind: 'error', text: '卡片已更新，这个按钮已不在卡片上，请在新的卡片上重试' };
  if (buttonNodeAt(message.current, press.position)?.disabled === true) return { kind: 'error', text: `按钮「${button.label}」当前不可用` };
  const formValue = button.form ? formValueFrom(button.form, press.fields) : undefined;
  const pressed = await stage.lark.pressButton({
    operatorOpenId: press.openId,
    messageId: press.messageId,
    value: button.value,
    ...(formValue ? { formValue } : {}),
  });
  await stage.settle();
  if (pressed.status !== 200) return { kind: 'error', text: `服务未接收这次点击：HTTP ${pressed.status}` };
  return toastOf(pressed.body);
}

export async function sendText(world: SandboxWorld, openId: string, text: string): Promise<Notice | undefined> {
  const sent = await world.stage.lark.sendText(openId, text);
  await world.stage.settle();
  return sent.status === 200 ? undefined : { kind: 'error', text: `服务未接收这条消息：HTTP ${sent.status}` };
}

export interface Attachment {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
}

/** A photo (any image type) goes as an image message, anything else as a file message, as the Lark client sends them. */
export async function sendAttachment(world: SandboxWorld, openId: string, attachment: Attachment): Promise<Notice | undefined> {
  const kind = attachment.mediaType.startsWith('image/') ? 'image' : 'file';
  const sent = await world.stage.lark.sendAttachment(openId, {
    kind,
    bytes: attachment.bytes,
    mediaType: attachment.mediaType,
    ...(kind === 'file' ? { fileName: attachment.fileName } : {}),
  });
  await world.stage.settle();
  return sent.status === 200 ? undefined : { kind: 'error', text: `服务未接收这个附件：HTTP ${sent.status}` };
}
