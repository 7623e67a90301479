import { z } from 'zod';
import { ROLES } from '../../domain/people/role.ts';
import { LICENCES } from '../../domain/units/licence.ts';
import { UNIT_KINDS } from '../../domain/units/unit-kind.ts';
import type * as notifications from '../../ports/notifications.ts';
import { type FieldSchemas, readsExactly } from './exact-schema.ts';
import { MonthlyMinutesContent } from './monthly-minutes-content.ts';
import { DirectorInput, HazardStatus, WeeklyReportContent } from './weekly-report-content.ts';

// The outbox keeps each notification as the view model the use case wrote; it is read back when it is sent. Views are
// plain objects, not strict ones: a view is what to show, not evidence, and a field its type does not have is never
// rendered, so it is dropped rather than failing the message.

type Notification = Exclude<notifications.Notification, { kind: 'file' }>;
type ViewOf<Kind extends Notification['kind']> = Extract<Notification, { kind: Kind; view: unknown }>['view'];

const DailyAnswerValue = readsExactly<notifications.DailyAnswerValue>()(z.enum(['normal', 'abnormal', 'not-applicable']));

const DailyCheckItemView = z.object({
  number: z.number(),
  code: z.string(),
  text: z.string(),
  guidance: z.string(),
  frequency: z.string().optional(),
  answer: DailyAnswerValue.optional(),
  description: z.string().optional(),
  measures: z.string().optional(),
} satisfies FieldSchemas<notifications.DailyCheckItemView>);

const DailyCheckView = z.object({
  checkId: z.string(),
  unitName: z.string(),
  date: z.string(),
  shift: z.string(),
  checklistVersion: z.number(),
  officerName: z.string(),
  revision: z.number(),
  status: readsExactly<notifications.DailyCheckView['status']>()(z.enum(['open', 'submitted', 'missed', 'suspended'])),
  outcome: readsExactly<NonNullable<notifications.DailyCheckView['outcome']>>()(z.enum(['zero-risk', 'hazard'])).optional(),
  items: z.array(DailyCheckItemView),
  submittedAt: z.string().optional(),
  submittedBy: z.string().optional(),
  suspensionReason: z.string().optional(),
  substituteName: z.string().optional(),
} satisfies FieldSchemas<notifications.DailyCheckView>);

type HistoryStep<Action extends notifications.HazardHistoryEntry['action']> = Extract<notifications.HazardHistoryEntry, { action: Action }>;
const historyStepFields = { at: z.string(), actorName: z.string().nullable() };

const HazardHistoryEntry = readsExactly<notifications.HazardHistoryEntry>()(
  z.discriminatedUnion('action', [
    z.object({ ...historyStepFields, action: z.enum(['reported', 'acknowledged', 'overdue-reminded']) } satisfies FieldSchemas<HistoryStep<'reported' | 'acknowledged' | 'overdue-reminded'>>),
    z.object({ ...historyStepFields, action: z.literal('assigned'), ownerName: z.string(), deadline: z.string() } satisfies FieldSchemas<HistoryStep<'assigned'>>),
    z.object({ ...historyStepFields, action: z.literal('rectified'), text: z.string() } satisfies FieldSchemas<HistoryStep<'rectified'>>),
    z.object({ ...historyStepFields, action: z.literal('evidence'), fileName: z.string() } satisfies FieldSchemas<HistoryStep<'evidence'>>),
    z.object({ ...historyStepFields, action: z.literal('verified'), passed: z.boolean(), note: z.string() } satisfies FieldSchemas<HistoryStep<'verified'>>),
    z.object({ ...historyStepFields, action: z.literal('escalated'), reason: z.string() } satisfies FieldSchemas<HistoryStep<'escalated'>>),
  ]),
);

const HazardCandidate = z.object({
  personId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
} satisfies FieldSchemas<notifications.HazardCandidate>);

const HazardCardView = z.object({
  hazardId: z.string(),
  hazardNumber: z.number(),
  unitName: z.string(),
  itemNumber: z.number().optional(),
  itemCode: z.string(),
  itemText: z.string(),
  sourceLabel: z.string().optional(),
  description: z.string(),
  measures: z.string(),
  serious: z.boolean(),
  officerName: z.string(),
  reportedAt: z.string(),
  acknowledgement: z.object({ byName: z.string(), at: z.string() }).optional(),
  status: readsExactly<notifications.HazardCardView['status']>()(HazardStatus),
  ownerName: z.string().optional(),
  deadline: z.string().optional(),
  overdue: z.boolean().optional(),
  rectification: z.object({ text: z.string(), byName: z.string(), at: z.string(), evidenceCount: z.number() }).optional(),
  verification: z.object({ passed: z.boolean(), note: z.string(), byName: z.string(), at: z.string() }).optional(),
  escalation: z.object({ reason: z.string(), byName: z.string(), at: z.string() }).optional(),
  history: z.array(HazardHistoryEntry),
  actions: z.object({
    acknowledge: z.boolean().optional(),
    assign: z.object({ candidates: z.array(HazardCandidate), defaultDeadline: z.string() }).optional(),
    escalate: z.boolean().optional(),
    rectify: z.boolean().optional(),
    verify: z.boolean().optional(),
  } satisfies FieldSchemas<notifications.HazardCardView['actions']>),
} satisfies FieldSchemas<notifications.HazardCardView>);

const RecordStatus = z.enum(['draft', 'confirmed']);

const WeeklyReportCardView = z.object({
  reportId: z.string(),
  status: readsExactly<notifications.WeeklyReportCardView['status']>()(RecordStatus),
  audience: readsExactly<notifications.WeeklyReportCardView['audience']>()(z.enum(['director', 'principal'])),
  content: WeeklyReportContent,
  director: DirectorInput,
  directorName: z.string(),
  confirmedAt: z.string().optional(),
  contentHash: z.string().optional(),
} satisfies FieldSchemas<notifications.WeeklyReportCardView>);

const MonthlyMinutesCardView = z.object({
  minutesId: z.string(),
  status: readsExactly<notifications.MonthlyMinutesCardView['status']>()(RecordStatus),
  audience: readsExactly<notifications.MonthlyMinutesCardView['audience']>()(z.enum(['principal', 'participant'])),
  content: MonthlyMinutesContent,
  arrangements: z.array(z.string()),
  confirmedAt: z.string().optional(),
  confirmedByName: z.string().optional(),
  contentHash: z.string().optional(),
} satisfies FieldSchemas<notifications.MonthlyMinutesCardView>);

const SuggestionKind = readsExactly<notifications.SuggestionCardView['kind']>()(z.enum(['suggestion', 'veto']));

const SuggestionCardView = z.object({
  suggestionId: z.string(),
  number: z.number(),
  kind: SuggestionKind,
  unitName: z.string(),
  proposerName: z.string(),
  proposerRoleName: z.string(),
  text: z.string(),
  createdAt: z.string(),
  decision: readsExactly<NonNullable<notifications.SuggestionCardView['decision']>>()(z.enum(['adopted', 'rejected'])).optional(),
  answer: z.string().optional(),
  answeredByName: z.string().optional(),
  answeredAt: z.string().optional(),
  audience: readsExactly<notifications.SuggestionCardView['audience']>()(z.enum(['principal', 'proposer'])),
} satisfies FieldSchemas<notifications.SuggestionCardView>);

const ArchiveSummaryView = z.object({
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  fileCount: z.number(),
  zipNames: z.array(z.string()),
  gaps: z.array(z.string()),
} satisfies FieldSchemas<notifications.ArchiveSummaryView>);

const MissedChecksDigestView = z.object({
  unitName: z.string(),
  date: z.string(),
  missed: z.array(z.object({ officerName: z.string(), shift: z.string(), onLeave: z.object({ substituteName: z.string().optional() }).optional() })),
  submittedCount: z.number(),
  expectedCount: z.number(),
} satisfies FieldSchemas<notifications.MissedChecksDigestView>);

const AuditSealView = z.object({
  unitName: z.string(),
  date: z.string(),
  sequence: z.number(),
  hash: z.string(),
} satisfies FieldSchemas<notifications.AuditSealView>);

const RecordCounts = z.object({
  expected: z.number(),
  submitted: z.number(),
  zeroRisk: z.number(),
  withHazards: z.number(),
  missed: z.number(),
  open: z.number(),
  suspended: z.number(),
  hazards: z.number(),
} satisfies FieldSchemas<notifications.MyRecordsView['counts']>);

const LeaveMark = z.object({ substituteName: z.string().optional() });

const MyRecordsView = z.object({
  unitName: z.string(),
  officerName: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.array(
    z.object({ date: z.string(), shift: z.string(), state: z.enum(['zero-risk', 'hazard', 'missed', 'suspended', 'open']), hazards: z.number(), leave: LeaveMark.optional() }),
  ),
  counts: RecordCounts,
} satisfies FieldSchemas<notifications.MyRecordsView>);

const UnitWeekView = z.object({
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  counts: RecordCounts,
  behind: z.array(z.object({ officerName: z.string(), missed: z.number(), openToday: z.boolean(), leaveToday: LeaveMark.optional() })),
  officerCount: z.number(),
  openHazards: z.array(z.object({ number: z.number(), description: z.string(), ownerName: z.string().optional(), deadline: z.string().optional(), overdue: z.boolean() })),
} satisfies FieldSchemas<notifications.UnitWeekView>);

const HazardNewsView = z.object({
  number: z.number(),
  itemText: z.string(),
  description: z.string(),
  change: readsExactly<notifications.HazardNewsView['change']>()(z.enum(['assigned', 'sent-back'])),
  deadline: z.string().optional(),
  note: z.string().optional(),
} satisfies FieldSchemas<notifications.HazardNewsView>);

const SuggestionAnsweredView = z.object({
  number: z.number(),
  suggestionKind: SuggestionKind,
  text: z.string(),
  decision: readsExactly<notifications.SuggestionAnsweredView['decision']>()(z.enum(['adopted', 'rejected'])),
  answer: z.string(),
  principalName: z.string(),
} satisfies FieldSchemas<notifications.SuggestionAnsweredView>);

const MinutesNewsView = z.object({
  change: readsExactly<notifications.MinutesNewsView['change']>()(z.enum(['director-report-requested', 'director-report-confirmed'])),
  personName: z.string(),
  directorName: z.string(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  reportText: z.string(),
} satisfies FieldSchemas<notifications.MinutesNewsView>);

const CertificateLapseView = z.object({
  audience: readsExactly<notifications.CertificateLapseView['audience']>()(z.enum(['director', 'principal'])),
  personName: z.string(),
  unitName: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  certificateKind: z.enum(LICENCES),
  number: z.string(),
  scope: z.string(),
  validUntil: z.string(),
  stage: readsExactly<notifications.CertificateLapseView['stage']>()(z.enum(['approaching', 'lapsed'])),
  daysLeft: z.number().optional(),
} satisfies FieldSchemas<notifications.CertificateLapseView>);

const RaiseHazardFormView = z.object({
  unitName: z.string(),
} satisfies FieldSchemas<notifications.RaiseHazardFormView>);

const OverdueRectificationView = z.object({
  audience: readsExactly<notifications.OverdueRectificationView['audience']>()(z.enum(['owner', 'decider'])),
  number: z.number(),
  itemText: z.string(),
  description: z.string(),
  deadline: z.string(),
  ownerName: z.string().optional(),
} satisfies FieldSchemas<notifications.OverdueRectificationView>);

const DailyCheckReminderView = z.object({
  officerName: z.string(),
  date: z.string(),
  shift: z.string(),
  onBehalfOf: z.string().optional(),
} satisfies FieldSchemas<notifications.DailyCheckReminderView>);

const WeeklyReportReminderView = z.object({
  audience: readsExactly<notifications.WeeklyReportReminderView['audience']>()(z.enum(['writer', 'principal'])),
  personName: z.string(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  writerName: z.string().optional(),
} satisfies FieldSchemas<notifications.WeeklyReportReminderView>);

const MinutesReminderView = z.object({
  audience: readsExactly<notifications.MinutesReminderView['audience']>()(z.enum(['principal', 'director'])),
  personName: z.string(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
} satisfies FieldSchemas<notifications.MinutesReminderView>);

const SuggestionReminderView = z.object({
  principalName: z.string(),
  proposerName: z.string(),
  number: z.number(),
  suggestionKind: SuggestionKind,
  text: z.string(),
  // Reminders queued before the hours were told were all a day or more late: the only kind sent then.
  waitingHours: z.number().default(24),
} satisfies FieldSchemas<notifications.SuggestionReminderView>);

const SuspensionNoticeView = z.object({
  unitName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  reason: z.string(),
} satisfies FieldSchemas<notifications.SuspensionNoticeView>);

const LeaveNewsView = readsExactly<notifications.LeaveNewsView>()(
  z.discriminatedUnion('change', [
    z.object({ change: z.literal('declared'), personName: z.string(), officerName: z.string(), startDate: z.string(), endDate: z.string(), reason: z.string() }),
    z.object({
      change: z.enum(['substitute-named-to-substitute', 'substitute-named-to-officer']),
      personName: z.string(),
      officerName: z.string(),
      substituteName: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      reason: z.string(),
    }),
    z.object({ change: z.literal('unsubstituted-tomorrow'), personName: z.string(), officerName: z.string(), date: z.string() }),
  ]),
);

function viewNotification<Kind extends Notification['kind'], View extends z.ZodType<ViewOf<Kind>>>(kind: Kind, view: View) {
  return z.object({ kind: z.literal(kind), view });
}

/** A notification as the outbox stores it; a file's bytes are kept in their own column, so a file is not one. */
export const StoredNotification = readsExactly<Notification>()(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string() }),
    viewNotification('daily-check', DailyCheckView),
    viewNotification('hazard', HazardCardView),
    viewNotification('weekly-report', WeeklyReportCardView),
    viewNotification('monthly-minutes', MonthlyMinutesCardView),
    viewNotification('suggestion', SuggestionCardView),
    viewNotification('archive-summary', ArchiveSummaryView),
    viewNotification('missed-checks-digest', MissedChecksDigestView),
    viewNotification('audit-seal', AuditSealView),
    viewNotification('my-records', MyRecordsView),
    viewNotification('hazard-news', HazardNewsView),
    viewNotification('suggestion-answered', SuggestionAnsweredView),
    viewNotification('minutes-news', MinutesNewsView),
    viewNotification('certificate-lapse', CertificateLapseView),
    viewNotification('raise-hazard-form', RaiseHazardFormView),
    viewNotification('unit-week', UnitWeekView),
    viewNotification('overdue-rectification', OverdueRectificationView),
    viewNotification('daily-check-reminder', DailyCheckReminderView),
    viewNotification('weekly-report-reminder', WeeklyReportReminderView),
    viewNotification('minutes-reminder', MinutesReminderView),
    viewNotification('suggestion-reminder', SuggestionReminderView),
    viewNotification('suspension-notice', SuspensionNoticeView),
    viewNotification('leave-news', LeaveNewsView),
  ]),
);

/** The outbox's `content` column: the notification as JSON text. */
export const StoredNotificationText = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.issues.push({ code: 'custom', message: '不是有效的 JSON', input: text });
      return z.NEVER;
    }
  })
  .pipe(StoredNotification);
