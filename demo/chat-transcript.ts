import { formatLocalDateTime } from '../src/domain/calendar/local-time.ts';
import { ROLE_NAMES } from '../src/domain/people/role.ts';
import { cardToText } from '../src/lark/card-to-text.ts';
import type { LarkStandIn, RecordedCardAction, RecordedMessage, TranscriptEntry } from '../lark-stand-in/lark-stand-in.ts';
import { buttonsOf, describeFormValue } from '../lark-stand-in/card-reading.ts';
import type { DemoOrganisation, DemoPerson } from './demo-organisation.ts';

const BOT_NAME = '质安助手';

function quoted(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

function fenced(text: string): string {
  return ['```text', text.replaceAll('```', "'''"), '```'].join('\n');
}

function botMessage(standIn: LarkStandIn, message: RecordedMessage, time: string): string {
  switch (message.msgType) {
    case 'text':
      return `**${time} ${BOT_NAME}**：\n\n${quoted((message.current as { text?: string }).text ?? '')}`;
    case 'interactive': {
      const updates = message.history.length - 1;
      const note = updates > 0 ? `（此后更新过 ${updates} 次，下面是最终内容）` : '';
      return `**${time} ${BOT_NAME}** 发来卡片${note}：\n\n${fenced(cardToText(message.current))}`;
    }
    case 'file': {
      const fileKey = (message.content as { file_key?: string }).file_key;
      const file = standIn.files.find((candidate) => candidate.fileKey === fileKey);
      return `**${time} ${BOT_NAME}** 发来文件：📎 ${file?.fileName ?? '（文件）'}`;
    }
    default:
      return `**${time} ${BOT_NAME}** 发来一条 ${message.msgType} 消息`;
  }
}

/** The button's label and the form as the person saw them, read from the card version that carried the button. */
function pressedButton(standIn: LarkStandIn, action: RecordedCardAction): { label: string; form: string[] } {
  const message = standIn.message(action.messageId);
  const wanted = JSON.stringify(action.value);
  for (const version of [...(message?.history ?? [])].reverse()) {
    const button = buttonsOf(version.content).find((candidate) => JSON.stringify(candidate.value) === wanted);
    if (button) return { label: button.label, form: action.formValue ? describeFormValue(version.content, action.formValue) : [] };
  }
  return { label: '（按钮）', form: [] };
}

function personAction(standIn: LarkStandIn, entry: Extract<TranscriptEntry, { from: 'person' }>, person: DemoPerson, time: string): string {
  if ('message' in entry) {
    if (entry.message.msgType === 'image') return `**${time} ${person.name}** 发送了一张照片`;
    if (entry.message.msgType === 'file') return `**${time} ${person.name}** 发送了文件「${(entry.message.content as { file_name?: string }).file_name ?? ''}」`;
    const text = (entry.message.content as { text?: string }).text ?? '';
    return text.includes('\n') ? `**${time} ${person.name}**：\n\n${quoted(text)}` : `**${time} ${person.name}**：${text}`;
  }
  const { label, form } = pressedButton(standIn, entry.cardAction);
  const lines = [`**${time} ${person.name}** 点击「${label}」`];
  for (const field of form) lines.push(`  - ${field.replaceAll('\n', ' / ')}`);
  const toast = entry.cardAction.toast as { content?: string } | undefined;
  if (toast?.content) lines.push(`  - ${BOT_NAME}提示：${toast.content}`);
  return lines.join('\n');
}

function personSection(standIn: LarkStandIn, person: DemoPerson, timeZone: string): string[] {
  const roles = person.roles.map((role) => ROLE_NAMES[role]).join('、');
  const lines = [`### ${person.name}（${roles}）`, ''];
  const entries = standIn.transcriptOf(person.openId);
  if (entries.length === 0) lines.push('（本期间没有对话）', '');
  let currentDate = '';
  for (const entry of entries) {
    const [date = '', time = ''] = formatLocalDateTime(new Date(entry.time), timeZone).split(' ');
    if (date !== currentDate) {
      lines.push(`#### ${person.name} · ${date}`, '');
      currentDate = date;
    }
    lines.push(entry.from === 'bot' ? botMessage(standIn, entry.message, time) : personAction(standIn, entry, person, time), '');
  }
  return lines;
}

/**
 * Each person's chat with the bot as they saw it, for a reader who has never opened Lark: grouped by unit and
 * person, in time order, cards as text in their final state, and what the person typed and pressed.
 */
export function renderChatTranscript(
  standIn: LarkStandIn,
  organisation: DemoOrganisation,
  options: { timeZone: string; period: string; highlights: string[] },
): string {
  const lines = [
    `# 质安助手演示：每个人与机器人的对话（${options.period}）`,
    '',
    '下面是演示月份里每个人在飞书中与「质安助手」的一对一对话，按单位和人员分组、按时间排列。',
    '卡片以文字显示：【…】为标题，[按钮：…] 为按钮，[输入：…] 为输入框；卡片只显示最终内容，更新过的会注明。',
    '',
  ];
  for (const unit of organisation.units) {
    lines.push(`- ${unit.name}（${unit.kindLabel}）：${unit.people.map((person) => `${person.name}（${person.roles.map((role) => ROLE_NAMES[role]).join('、')}）`).join('、')}`);
  }
  lines.push('');
  if (options.highlights.length > 0) {
    lines.push('## 本期要点', '', ...options.highlights.map((highlight) => `- ${highlight}`), '');
  }
  for (const unit of organisation.units) {
    lines.push(`## ${unit.name}（${unit.kindLabel}）`, '');
    for (const person of unit.people) lines.push(...personSection(standIn, person, options.timeZone));
  }
  return lines.join('\n');
}
