import { LarkCard } from '../cards/lark-card.tsx';
import type { ChatEntry } from '../chat-entries.ts';
import { LinkedText } from './linked-text.tsx';

export interface ChatPageProps {
  person: { openId: string; name: string; unitName: string; roleNames: string };
  entries: ChatEntry[];
}

function BotLine({ entry, openId }: { entry: ChatEntry; openId: string }) {
  switch (entry.kind) {
    case 'bot-text':
      return (
        <p className="bubble">
          <LinkedText text={entry.text} />
        </p>
      );
    case 'bot-card':
      return <LarkCard card={entry.card} target={{ pressUrl: `/people/${openId}/press`, messageId: entry.messageId }} updated={entry.updated} />;
    case 'bot-file':
      return (
        <p className="bubble file">
          文件：<a href={`/files/${encodeURIComponent(entry.fileKey)}`} download={entry.fileName}>{entry.fileName}</a>
        </p>
      );
    case 'bot-image':
      return <img className="chat-image" src={`/files/${encodeURIComponent(entry.imageKey)}`} alt="助手发送的图片" />;
    default:
      return <p className="bubble card-unknown">无法显示的消息类型：{entry.kind === 'bot-other' ? entry.msgType : entry.kind}</p>;
  }
}

function PersonLine({ entry }: { entry: ChatEntry }) {
  switch (entry.kind) {
    case 'person-text':
      return <p className="bubble">{entry.text}</p>;
    case 'person-image':
      return <img className="chat-image" src={`/attachments/${encodeURIComponent(entry.imageKey)}`} alt="发送的图片" />;
    case 'person-file':
      return (
        <p className="bubble file">
          文件：<a href={`/attachments/${encodeURIComponent(entry.fileKey)}`} download={entry.fileName}>{entry.fileName}</a>
        </p>
      );
    case 'person-press':
      return (
        <div className="press">
          <p>点击了「{entry.label}」</p>
          {entry.fields.length > 0 ? (
            <ul className="press-fields">
              {entry.fields.map((field, index) => (
                <li key={index}>{field}</li>
              ))}
            </ul>
          ) : null}
          {entry.toast ? <p className={`toast notice-${entry.toast.kind}`}>助手提示：{entry.toast.text}</p> : null}
        </div>
      );
    default:
      return null;
  }
}

/** A person's chat with the bot, oldest first, and the boxes to type and send as that person. */
export function ChatPage({ person, entries }: ChatPageProps) {
  return (
    <>
      <h1>
        {person.name}
        <span className="person-details">
          {person.unitName} · {person.roleNames}
        </span>
      </h1>
      <ol className="chat">
        {entries.length === 0 ? <li className="empty">还没有消息。</li> : null}
        {entries.map((entry, index) => {
          const from = entry.kind.startsWith('bot-') ? 'bot' : 'person';
          return (
            <li key={entry.key} className={`message from-${from}`} data-from={from} id={index === entries.length - 1 ? 'newest' : undefined}>
              <time>{entry.time}</time>
              {from === 'bot' ? <BotLine entry={entry} openId={person.openId} /> : <PersonLine entry={entry} />}
            </li>
          );
        })}
      </ol>
      <form method="post" action={`/people/${person.openId}/say`} className="say-form">
        <label htmlFor="say">发消息</label>
        <textarea id="say" name="text" rows={2} required />
        <button type="submit">发送</button>
      </form>
      <form method="post" action={`/people/${person.openId}/attach`} encType="multipart/form-data" className="attach-form">
        <label htmlFor="attachment">发送图片或文件</label>
        <input id="attachment" name="file" type="file" required />
        <button type="submit">发送附件</button>
      </form>
    </>
  );
}

export function WelcomePage() {
  return (
    <>
      <h1>质安助手沙盒</h1>
      <p>在左侧选择一个人，查看并代他操作与质安助手的会话。顶部可以按日期运行任一定时任务，或把模拟时间推进一天。</p>
      <p>所有操作都经由与飞书相同的签名、加密事件投递送达真实服务；这里用的是飞书替身，从不连接真实飞书。</p>
    </>
  );
}
