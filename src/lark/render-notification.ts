import type { Notification } from '../ports/notifications.ts';
import { buildDailyCheckCard } from './cards/daily-check-card.ts';
import { buildArchiveSummaryCard } from './cards/archive-summary-card.ts';
import { buildHazardCard } from './cards/hazard-card.ts';
import { buildMissedChecksDigestCard } from './cards/missed-checks-digest-card.ts';
import { buildMonthlyMinutesCard } from './cards/monthly-minutes-card.ts';
import { buildMyRecordsCard } from './cards/my-records-card.ts';
import { buildRaiseHazardCard } from './cards/raise-hazard-card.ts';
import { buildUnitWeekCard } from './cards/unit-week-card.ts';
import { buildSuggestionCard } from './cards/suggestion-card.ts';
import { buildWeeklyReportCard } from './cards/weekly-report-card.ts';
import { leaveNewsText } from './leave-notice-texts.ts';
import { plainTextContent } from './plain-text.ts';
import {
  auditSealText,
  hazardNewsText,
  suggestionAnsweredText,
  minutesNewsText,
  certificateLapseText,
  dailyCheckReminderText,
  minutesReminderText,
  overdueRectificationText,
  suggestionReminderText,
  suspensionNoticeText,
  weeklyReportReminderText,
} from './notice-texts.ts';

export interface RenderedMessage {
  msgType: 'text' | 'interactive' | 'file';
  /** The JSON-encoded string Lark wants in `content` when sending or patching a message. */
  content: string;
}

export function renderNotification(notification: Notification): RenderedMessage {
  switch (notification.kind) {
    case 'text':
      return { msgType: 'text', content: plainTextContent(notification.text) };
    case 'daily-check':
      return { msgType: 'interactive', content: JSON.stringify(buildDailyCheckCard(notification.view)) };
    case 'archive-summary':
      return { msgType: 'interactive', content: JSON.stringify(buildArchiveSummaryCard(notification.view)) };
    case 'hazard':
      return { msgType: 'interactive', content: JSON.stringify(buildHazardCard(notification.view)) };
    case 'weekly-report':
      return { msgType: 'interactive', content: JSON.stringify(buildWeeklyReportCard(notification.view)) };
    case 'monthly-minutes':
      return { msgType: 'interactive', content: JSON.stringify(buildMonthlyMinutesCard(notification.view)) };
    case 'suggestion':
      return { msgType: 'interactive', content: JSON.stringify(buildSuggestionCard(notification.view)) };
    case 'missed-checks-digest':
      return { msgType: 'interactive', content: JSON.stringify(buildMissedChecksDigestCard(notification.view)) };
    case 'my-records':
      return { msgType: 'interactive', content: JSON.stringify(buildMyRecordsCard(notification.view)) };
    case 'unit-week':
      return { msgType: 'interactive', content: JSON.stringify(buildUnitWeekCard(notification.view)) };
    case 'hazard-news':
      return { msgType: 'text', content: plainTextContent(hazardNewsText(notification.view)) };
    case 'suggestion-answered':
      return { msgType: 'text', content: plainTextContent(suggestionAnsweredText(notification.view)) };
    case 'raise-hazard-form':
      return { msgType: 'interactive', content: JSON.stringify(buildRaiseHazardCard(notification.view)) };
    case 'minutes-news':
      return { msgType: 'text', content: plainTextContent(minutesNewsText(notification.view)) };
    case 'certificate-lapse':
      return { msgType: 'text', content: plainTextContent(certificateLapseText(notification.view)) };
    case 'audit-seal':
      return { msgType: 'text', content: plainTextContent(auditSealText(notification.view)) };
    case 'overdue-rectification':
      return { msgType: 'text', content: plainTextContent(overdueRectificationText(notification.view)) };
    case 'daily-check-reminder':
      return { msgType: 'text', content: plainTextContent(dailyCheckReminderText(notification.view)) };
    case 'weekly-report-reminder':
      return { msgType: 'text', content: plainTextContent(weeklyReportReminderText(notification.view)) };
    case 'minutes-reminder':
      return { msgType: 'text', content: plainTextContent(minutesReminderText(notification.view)) };
    case 'suggestion-reminder':
      return { msgType: 'text', content: plainTextContent(suggestionReminderText(notification.view)) };
    case 'suspension-notice':
      return { msgType: 'text', content: plainTextContent(suspensionNoticeText(notification.view)) };
    case 'leave-news':
      return { msgType: 'text', content: plainTextContent(leaveNewsText(notification.view)) };
    case 'file':
      // A file message carries a file_key, which only an upload to Lark can give; the sender owns that round trip.
      throw new Error(
        `文件通知（${notification.fileName}）不能直接渲染：发送方须先上传文件（POST /open-apis/im/v1/files），再以 file_key 发送`,
      );
  }
}
