import type { ReceiveIdType } from './user-directory.ts';

export type MessageVersionSource = 'send' | 'reply' | 'patch' | 'delayed_update' | 'card_action_response';

export interface MessageVersion {
  content: unknown;
  rawContent: string;
  time: number;
  source: MessageVersionSource;
}

/** A message the bot sent (or replied with) and Lark accepted. */
export interface RecordedMessage {
  messageId: string;
  kind: 'send' | 'reply';
  receiveId: string;
  receiveIdType: ReceiveIdType;
  chatId: string;
  /** The person who sees it: set for p2p chats, whatever id type the bot addressed them by. */
  recipientOpenId: string | undefined;
  msgType: string;
  /** The content as first sent, parsed from the JSON string. */
  content: unknown;
  rawContent: string;
  uuid: string | undefined;
  /** Epoch milliseconds. */
  createTime: number;
  parentId: string | undefined;
  rootId: string | undefined;
  /** Every version the person has seen, oldest first: the original, then each PATCH or card update. */
  history: MessageVersion[];
  /** What the person sees now. */
  current: unknown;
}

export interface RecordedFile {
  fileKey: string;
  fileName: string;
  fileType: string;
  bytes: Buffer;
  /** The filename and MIME type of the multipart part, which the SDK leaves out for a Buffer. */
  partFilename: string | undefined;
  partMimeType: string | undefined;
  uploadTime: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  /** Lark's `code` from a JSON answer, undefined for plain-text answers. */
  code: number | undefined;
  time: number;
}

/** A message a person sent to the bot through one of the stand-in's deliverers. */
export interface RecordedUserMessage {
  messageId: string;
  chatId: string;
  chatType: string;
  senderOpenId: string;
  msgType: string;
  content: unknown;
  createTime: number;
}

/** A button press delivered through one of the stand-in's deliverers, with what the bot answered. */
export interface RecordedCardAction {
  messageId: string;
  operatorOpenId: string;
  value: unknown;
  formValue: Record<string, unknown> | undefined;
  updateToken: string;
  time: number;
  status: number;
  response: unknown;
  toast: unknown;
  /** The card the answer replaced the message with, when it carried a valid `{card:{type:'raw',data}}`. */
  card: unknown;
}

export type TranscriptEntry =
  | { time: number; from: 'bot'; message: RecordedMessage }
  | { time: number; from: 'person'; message: RecordedUserMessage }
  | { time: number; from: 'person'; cardAction: RecordedCardAction };

const uuidWindowMs = 60 * 60 * 1000;

/** A buzz (加急) the app asked for on one of its messages. */
export interface RecordedUrgentCall {
  messageId: string;
  channel: 'app' | 'sms' | 'phone';
  openIds: string[];
  time: number;
}

export class RecordingStore {
  messages: RecordedMessage[] = [];
  urgentCalls: RecordedUrgentCall[] = [];
  files: RecordedFile[] = [];
  requests: RecordedRequest[] = [];
  userMessages: RecordedUserMessage[] = [];
  cardActions: RecordedCardAction[] = [];

  recordMessage(message: RecordedMessage): void {
    this.messages.push(message);
  }

  findMessage(messageId: string): RecordedMessage | undefined {
    return this.messages.find((message) => message.messageId === messageId);
  }

  /** The accepted message sent with this uuid within the last hour: Lark answers a repeat with it. */
  messageWithUuid(uuid: string, now: number): RecordedMessage | undefined {
    return this.messages.find((message) => message.uuid === uuid && now - message.createTime < uuidWindowMs);
  }

  addVersion(message: RecordedMessage, version: MessageVersion): void {
    message.history.push(version);
    message.current = version.content;
  }

  messagesTo(openId: string): RecordedMessage[] {
    return this.messages.filter((message) => message.recipientOpenId === openId);
  }

  cardsTo(openId: string): unknown[] {
    return this.messagesTo(openId)
      .filter((message) => message.msgType === 'interactive')
      .map((message) => message.current);
  }

  textsTo(openId: string): string[] {
    return this.messagesTo(openId)
      .filter((message) => message.msgType === 'text')
      .map((message) => (message.current as { text: string }).text);
  }

  recordUrgentCall(call: RecordedUrgentCall): void {
    this.urgentCalls.push(call);
  }

  recordFile(file: RecordedFile): void {
    this.files.push(file);
  }

  findFile(fileKey: string): RecordedFile | undefined {
    return this.files.find((file) => file.fileKey === fileKey);
  }

  recordRequest(request: RecordedRequest): void {
    this.requests.push(request);
  }

  recordUserMessage(message: RecordedUserMessage): void {
    this.userMessages.push(message);
  }

  findUserMessage(messageId: string): RecordedUserMessage | undefined {
    return this.userMessages.find((message) => message.messageId === messageId);
  }

  recordCardAction(action: RecordedCardAction): void {
    this.cardActions.push(action);
  }

  /** Everything between the bot and one person, in time order, as the person's chat window would show it. */
  transcriptOf(openId: string, chatId: string): TranscriptEntry[] {
    const entries: TranscriptEntry[] = [
      ...this.messagesTo(openId).map((message) => ({ time: message.createTime, from: 'bot' as const, message })),
      ...this.userMessages
        .filter((message) => message.senderOpenId === openId && message.chatId === chatId)
        .map((message) => ({ time: message.createTime, from: 'person' as const, message })),
      ...this.cardActions
        .filter((action) => action.operatorOpenId === openId)
        .map((cardAction) => ({ time: cardAction.time, from: 'person' as const, cardAction })),
    ];
    return entries.sort((left, right) => left.time - right.time);
  }

  clear(): void {
    this.messages = [];
    this.urgentCalls = [];
    this.files = [];
    this.requests = [];
    this.userMessages = [];
    this.cardActions = [];
  }
}
