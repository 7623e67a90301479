import type { ArchiveRefusals } from '../../use-cases/archive/archive-refusals.ts';
import type { ArchiveLinksIssued } from '../../use-cases/archive/issue-archive-links.ts';
import type { ArchivesSent } from '../../use-cases/archive/send-archive-in-chat.ts';
import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

export function archivesSentReply(outcome: ArchivesSent): ChatAnswer {
  const lines = outcome.archives.map(
    (archive) => `${archive.unitName} ${archive.month} 的档案已生成（${archive.fileCount} 个文件${archive.parts > 1 ? `，分 ${archive.parts} 个压缩包` : ''}），正在发送。`,
  );
  return { reply: lines.join('\n'), tone: 'success' };
}

/** One line per unit, the link last and alone after the colon, so a phone makes the whole of it tappable. */
export function archiveLinksReply(outcome: ArchiveLinksIssued): ChatAnswer {
  const lines = outcome.links.map((link) => {
    const [year, month] = link.month.split('-');
    return `${link.unitName} ${year}年${Number(month)}月归档查阅链接（${formatLocalDateTime(link.expiresAt, link.timeZone)} 前有效，请勿转发）：${link.url}`;
  });
  return { reply: lines.join('\n'), tone: 'success' };
}

export const archiveRefusalWording: RefusalWording<ArchiveRefusals> = {
  'archive.export-not-allowed': () => '档案导出由主要负责人和质量安全总监操作，您可以请他们导出。',
  'archive.unit-not-found': ({ unitId }) => `找不到单位 ${unitId} 的记录。`,
  'archive.link-not-allowed': () => '归档查阅链接只发给主要负责人和质量安全总监，您可以请他们查阅。',
  'archive.month-in-future': ({ month, currentMonth }) => `${month} 还没有到，只能查阅 ${currentMonth} 及以前的月份。`,
  'archive.page-not-allowed': () => '您不是该单位的主要负责人或质量安全总监，不能查阅其档案。',
  'archive.file-not-found': ({ path }) => `档案中没有文件 ${path}。`,
};
