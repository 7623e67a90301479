import { EVIDENCE_STEP_NAMES, EVIDENCE_WINDOW_MINUTES } from '../../domain/evidence/evidence-step.ts';
import type { MessageResourceFailure } from '../../ports/evidence.ts';
import type { EvidenceAttached } from '../../use-cases/evidence/attach-evidence.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';

const FAILURE_WORDS: Readonly<Record<MessageResourceFailure, string>> = {
  'in-card-or-forward': '卡片或合并转发消息中的图片和文件无法下载，请直接发送原图或原文件。',
  'not-found': '飞书找不到这个图片或文件（可能已被撤回或已过期），请重新发送。',
  'too-large': '文件超过飞书允许下载的 100 MB，请压缩后重新发送。',
  unavailable: '暂时无法从飞书下载这个图片或文件，请稍后重新发送。',
};

/** The first characters of a SHA-256, enough for a person to match a file with the record. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

export function evidenceReply(outcome: EvidenceAttached): ChatAnswer {
  switch (outcome.kind) {
    case 'evidence-kept':
      return {
        reply: `已将「${outcome.fileName}」作为第 ${outcome.number} 号隐患的${EVIDENCE_STEP_NAMES[outcome.step]}证据保存（SHA-256 ${shortHash(outcome.sha256)}…），该隐患已附证据 ${outcome.count} 份。`,
        tone: 'success',
      };
    case 'evidence-already-kept':
      return { reply: `这个文件已作为第 ${outcome.number} 号隐患的证据保存过（SHA-256 ${shortHash(outcome.sha256)}…）。`, tone: 'info' };
    case 'evidence-without-step':
      return {
        reply: `已收到，但没有保存：找不到这张照片或这个文件对应的隐患环节。请在上报隐患、提交整改或验证后 ${EVIDENCE_WINDOW_MINUTES} 分钟内发送，或者直接回复该隐患的卡片发送。`,
        tone: 'info',
      };
    case 'evidence-not-fetched':
      return { reply: `没有保存：${FAILURE_WORDS[outcome.failure]}`, tone: 'error' };
  }
}
