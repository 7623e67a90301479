import { raiseHazard, recordRegulatorInspection, sendRaiseHazardForm } from '../../use-cases/hazards/raise-hazard.ts';
import { showMyRecords } from '../../use-cases/daily-control/show-my-records.ts';
import { showUnitWeek } from '../../use-cases/daily-control/show-unit-week.ts';
import { answerDailyItem } from '../../use-cases/daily-control/answer-daily-item.ts';
import { reportDailyHazard } from '../../use-cases/daily-control/report-daily-hazard.ts';
import { startDailyCorrection } from '../../use-cases/daily-control/start-daily-correction.ts';
import { submitDailyCheck } from '../../use-cases/daily-control/submit-daily-check.ts';
import { sendArchiveInChat } from '../../use-cases/archive/send-archive-in-chat.ts';
import { issueArchiveLinks } from '../../use-cases/archive/issue-archive-links.ts';
import { showHelp } from '../../use-cases/assistance/show-help.ts';
import { assignHazardRectification } from '../../use-cases/hazards/assign-rectification.ts';
import { attachEvidence } from '../../use-cases/evidence/attach-evidence.ts';
import { escalateHazardToPrincipal } from '../../use-cases/hazards/escalate-hazard.ts';
import { listOpenHazards } from '../../use-cases/hazards/list-open-hazards.ts';
import { submitRectification } from '../../use-cases/hazards/submit-rectification.ts';
import { verifyHazardRectification } from '../../use-cases/hazards/verify-rectification.ts';
import { confirmDirectorReportInMinutes } from '../../use-cases/monthly-minutes/confirm-director-report.ts';
import { confirmMonthlyMinutes } from '../../use-cases/monthly-minutes/confirm-monthly-minutes.ts';
import { recordMinutesMeeting } from '../../use-cases/monthly-minutes/record-minutes-meeting.ts';
import { saveMinutesDraft } from '../../use-cases/monthly-minutes/save-minutes-draft.ts';
import { showMonthlyMinutes } from '../../use-cases/monthly-minutes/show-monthly-minutes.ts';
import { answerSuggestion } from '../../use-cases/suggestions/answer-suggestion.ts';
import { proposeSuggestion } from '../../use-cases/suggestions/propose-suggestion.ts';
import { showSuggestions } from '../../use-cases/suggestions/show-suggestions.ts';
import { confirmWeeklyReport } from '../../use-cases/weekly-reports/confirm-weekly-report.ts';
import { saveWeeklyInput } from '../../use-cases/weekly-reports/save-weekly-input.ts';
import { showWeeklyReport } from '../../use-cases/weekly-reports/show-weekly-report.ts';
import { recordAssessment } from '../../use-cases/training/record-assessment.ts';
import { recordTrainingSession } from '../../use-cases/training/record-training-session.ts';
import { type ChatWord, parseChatWords } from '../chat-words.ts';
import { checkSubmittedReply, correctionStartedReply, hazardRecordedReply, itemAnsweredReply, myRecordsReply, unitWeekReply } from '../replies/daily-check-replies.ts';
import { archiveLinksReply, archivesSentReply } from '../replies/archive-replies.ts';
import { hazardRaisedReply, hazardStepReply, inspectionRecordedReply, openHazardsReply, raiseHazardFormReply } from '../replies/hazard-replies.ts';
import { evidenceReply } from '../replies/evidence-replies.ts';
import { helpReply } from '../replies/help-replies.ts';
import { minutesReply, minutesShownReply } from '../replies/monthly-minutes-replies.ts';
import { suggestionAnsweredReply, suggestionProposedReply, suggestionsShownReply } from '../replies/suggestion-replies.ts';
import { weeklyReportReply, weeklyReportsShownReply } from '../replies/weekly-report-replies.ts';
import { assessmentRecordedReply, trainingSessionRecordedReply } from '../replies/training-replies.ts';
import { refuseSuggestion } from '../../use-cases/suggestions/suggestion-refusals.ts';
import type { ChatAnswer } from './chat-answer.ts';
import type { MessageDelivery } from '../receiver/delivery-schemas.ts';
import { actionTime } from './action-time.ts';
import type { HandlerDependencies } from './handler-dependencies.ts';
import { runInteraction } from './run-interaction.ts';
import { declareSuspension } from '../../use-cases/suspensions/record-suspension.ts';
import { suspensionDeclaredReply } from '../replies/suspension-replies.ts';
import { changeOperatingCalendar, declareOperatingDay } from '../../use-cases/calendar/change-operating-days.ts';
import { operatingDaysChangedReply } from '../replies/operating-day-replies.ts';
import { declareLeave } from '../../use-cases/leave/declare-leave.ts';
import { nameSubstitute } from '../../use-cases/leave/name-substitute.ts';
import { leaveDeclaredReply, substituteNamedReply } from '../replies/leave-replies.ts';

const notUnderstood = '抱歉，没有听懂。回复「帮助」查看您可以使用的指令。';

/** 排查 <范围>：<发现> — the part before the first colon is the scope; without a colon it is all findings. */
function investigationFromText(text: string): { scope?: string; findings: string } {
  const colon = text.search(/[:：]/);
  if (colon <= 0) return { findings: text };
  return { scope: text.slice(0, colon).trim(), findings: text.slice(colon + 1).trim() };
}

async function answerByNumber(store: HandlerDependencies['store'], actorOpenId: string, word: Extract<ChatWord, { kind: 'adopt' | 'reject' }>, now: Date): Promise<ChatAnswer> {
  const number = Number(word.proposalId);
  if (!Number.isInteger(number) || number < 1) throw refuseSuggestion('suggestion.number-invalid', { given: word.proposalId });
  const outcome =
    word.kind === 'adopt'
      ? await answerSuggestion(store, { actorOpenId, suggestion: { number }, decision: 'adopted', answer: word.action, now })
      : await answerSuggestion(store, { actorOpenId, suggestion: { number }, decision: 'rejected', answer: word.reason, now });
  return suggestionAnsweredReply(outcome);
}

async function route(dependencies: HandlerDependencies, word: ChatWord, actorOpenId: string, now: Date): Promise<ChatAnswer> {
  const { store } = dependencies;
  switch (word.kind) {
    case 'all-normal':
      return checkSubmittedReply(await submitDailyCheck(store, { actorOpenId, target: 'current', mode: 'remaining-normal', now }), 'chat');
    case 'submit':
      return checkSubmittedReply(await submitDailyCheck(store, { actorOpenId, target: 'current', mode: 'as-answered', now }), 'chat');
    case 'hazard':
      return hazardRecordedReply(
        await reportDailyHazard(store, {
          actorOpenId,
          target: 'current',
          number: word.itemNumber,
          description: word.description,
          measures: word.measures ?? '',
          serious: word.serious,
          now,
        }),
        'chat',
      );
    case 'item':
      return itemAnsweredReply(await answerDailyItem(store, { actorOpenId, target: 'current', number: word.itemNumber, answer: word.answer, now }), 'chat');
    case 'correction':
      return correctionStartedReply(await startDailyCorrection(store, { actorOpenId, target: 'current', now }), 'chat');
    case 'help':
      return helpReply(await showHelp(store, { actorOpenId }));
    case 'assign-rectification':
      return hazardStepReply(await assignHazardRectification(store, { actorOpenId, hazard: { number: word.hazardNumber }, owner: { name: word.ownerName }, deadline: word.deadline, now }));
    case 'rectified':
      return hazardStepReply(await submitRectification(store, { actorOpenId, hazard: { number: word.hazardNumber }, text: word.text, now }));
    case 'verify':
      return hazardStepReply(await verifyHazardRectification(store, { actorOpenId, hazard: { number: word.hazardNumber }, passed: word.passed, note: word.note, now }));
    case 'escalate':
      return hazardStepReply(await escalateHazardToPrincipal(store, { actorOpenId, hazard: { number: word.hazardNumber }, reason: word.reason, now }));
    case 'my-records':
      return myRecordsReply(await showMyRecords(store, { actorOpenId, now }));
    case 'unit-week':
      return unitWeekReply(await showUnitWeek(store, { actorOpenId, now }));
    case 'raise-hazard-form':
      return raiseHazardFormReply(await sendRaiseHazardForm(store, { actorOpenId }));
    case 'suspension':
      return suspensionDeclaredReply(await declareSuspension(store, { actorOpenId, startDate: word.startDate, endDate: word.endDate, reason: word.reason, now }));
    case 'operating-day':
      return operatingDaysChangedReply(await declareOperatingDay(store, { actorOpenId, date: word.date, closed: word.closed, reason: word.reason, now }));
    case 'operating-calendar':
      return operatingDaysChangedReply(await changeOperatingCalendar(store, { actorOpenId, calendar: word.calendar, now }));
    case 'leave':
      return leaveDeclaredReply(await declareLeave(store, { actorOpenId, startDate: word.startDate, endDate: word.endDate, reason: word.reason, now }));
    case 'substitute':
      return substituteNamedReply(await nameSubstitute(store, { actorOpenId, officerName: word.officerName, substituteName: word.substituteName, now }));
    case 'regulator-inspection':
      return inspectionRecordedReply(await recordRegulatorInspection(store, { actorOpenId, date: word.date, authority: word.authority, findings: word.findings, now }));
    case 'raise-hazard':
      return hazardRaisedReply(await raiseHazard(store, { actorOpenId, source: word.source, description: word.description, serious: word.serious, now }));
    case 'show-hazards':
      return openHazardsReply(await listOpenHazards(store, { actorOpenId, now }));
    case 'confirm-weekly':
      return weeklyReportReply(await confirmWeeklyReport(dependencies, { actorOpenId, report: 'pending', now }));
    case 'show-weekly':
      return weeklyReportsShownReply(await showWeeklyReport(store, { actorOpenId }));
    case 'weekly-investigation-date':
      return weeklyReportReply(await saveWeeklyInput(dependencies, { actorOpenId, report: 'pending', change: { investigation: { date: word.date } }, confirm: false, now }));
    case 'confirm-minutes':
      return minutesReply(await confirmMonthlyMinutes(dependencies, { actorOpenId, minutes: 'pending', now }));
    case 'show-minutes':
      return minutesShownReply(await showMonthlyMinutes(store, { actorOpenId }));
    case 'minutes-meeting':
      return minutesReply(await recordMinutesMeeting(store, { actorOpenId, minutes: 'pending', meeting: { date: word.date, attendees: word.attendees }, now }));
    case 'arrangements':
      return minutesReply(await saveMinutesDraft(dependencies, { actorOpenId, minutes: 'pending', arrangements: word.items, confirm: false, now }));
    case 'minutes-summary':
      return minutesReply(await saveMinutesDraft(dependencies, { actorOpenId, minutes: 'pending', summary: word.text, confirm: false, now }));
    case 'director-report':
      return minutesReply(await confirmDirectorReportInMinutes(store, { actorOpenId, ...(word.text !== undefined ? { text: word.text } : {}), now }));
    case 'suggestion':
      return suggestionProposedReply(await proposeSuggestion(store, { actorOpenId, kind: 'suggestion', text: word.text, now }));
    case 'veto':
      return suggestionProposedReply(await proposeSuggestion(store, { actorOpenId, kind: 'veto', text: word.text, now }));
    case 'adopt':
    case 'reject':
      return answerByNumber(store, actorOpenId, word, now);
    case 'export':
      return archivesSentReply(await sendArchiveInChat(dependencies, { actorOpenId, month: word.month, now }));
    case 'archive-link':
      return archiveLinksReply(await issueArchiveLinks(dependencies, { actorOpenId, month: word.month, now }));
    case 'show-suggestions':
      return suggestionsShownReply(await showSuggestions(store, { actorOpenId }));
    case 'weekly-input':
      return weeklyReportReply(
        await saveWeeklyInput(dependencies, {
          actorOpenId,
          report: 'pending',
          change:
            word.field === 'findings'
              ? { investigation: investigationFromText(word.text) }
              : word.field === 'participants'
                ? { investigation: { people: word.text } }
                : { [word.field]: word.text },
          confirm: false,
          now,
        }),
      );
    case 'training-session':
      return trainingSessionRecordedReply(
        await recordTrainingSession(store, {
          recorder: { kind: 'chat', actorOpenId },
          date: word.date,
          subject: word.subject,
          content: word.content,
          hours: word.hours,
          trainer: word.trainer,
          attendees: word.attendees.map((name) => ({ name })),
          now,
        }),
      );
    case 'assessment':
      return assessmentRecordedReply(
        await recordAssessment(store, {
          recorder: { kind: 'chat', actorOpenId },
          person: { name: word.personName },
          kind: word.assessmentKind,
          date: word.date,
          passed: word.passed,
          ...(word.score === undefined ? {} : { score: word.score }),
          assessor: word.assessor,
          ...(word.rectification ? { rectification: word.rectification } : {}),
          now,
        }),
      );
    case 'invalid':
      return { reply: word.problem, tone: 'error' };
    default:
      return { reply: notUnderstood, tone: 'info' };
  }
}

/** A photo or file: the key Lark gives it, to download it as evidence of a hazard's step. */
function attachmentOf(delivery: MessageDelivery): { kind: 'image' | 'file'; fileKey: string; fileName: string } | undefined {
  const content = (delivery.content ?? {}) as { file_key?: unknown; image_key?: unknown; file_name?: unknown };
  if (delivery.messageType === 'file' && typeof content.file_key === 'string') return { kind: 'file', fileKey: content.file_key, fileName: typeof content.file_name === 'string' ? content.file_name : '文件' };
  if (delivery.messageType === 'image' && typeof content.image_key === 'string') return { kind: 'image', fileKey: content.image_key, fileName: '照片' };
  return undefined;
}

/** A chat message: parse the words, run the use case, answer in the same chat through the outbox. */
export async function handleMessage(dependencies: HandlerDependencies, delivery: MessageDelivery): Promise<ChatAnswer> {
  if (delivery.senderType !== 'user') return { reply: '', tone: 'info' };
  const sentAt = actionTime(delivery.sentAtMilliseconds, dependencies.now());
  const attachment = attachmentOf(delivery);
  const result = attachment
    ? await runInteraction(async () =>
        evidenceReply(
          await attachEvidence(
            { store: dependencies.store, ...dependencies.evidence },
            { senderOpenId: delivery.senderOpenId, messageId: delivery.messageId, ...(delivery.parentMessageId ? { parentMessageId: delivery.parentMessageId } : {}), ...attachment, now: sentAt },
          ),
        ),
      )
    : delivery.text.trim() === ''
      ? { reply: '目前只能识别文字、图片和文件消息。回复「帮助」查看可用指令。', tone: 'info' as const }
      : await runInteraction(() => route(dependencies, parseChatWords(delivery.text), delivery.senderOpenId, sentAt));
  await dependencies.store.transaction((transaction) =>
    transaction.outbox.enqueue({ operation: 'send', toOpenId: delivery.senderOpenId, notification: { kind: 'text', text: result.reply } }),
  );
  return result;
}
