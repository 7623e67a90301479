import { isInvestigationDay, isSchedulingDay } from "./periods.js";
export const JOB_NAMES = ['daily-push', 'daily-remind', 'daily-close', 'weekly-report', 'monthly-minutes', 'follow-ups'];
export function isJobName(value) {
    return JOB_NAMES.includes(value);
}
/**
 * The daily jobs due at a unit's local time. A job whose time has passed today is still due until it has run,
 * so a service that was down at 08:30 pushes when it comes back — but never after the day's close.
 */
export function dueDailyJobs(schedule, local) {
    const due = [];
    const beforeClose = local.time < schedule.closeTime;
    const pushes = schedule.controlMode === 'per-shift' && schedule.shiftTimes.length > 0
        ? schedule.shiftTimes.map((shift) => ({ time: shift, shift }))
        : [{ time: schedule.pushTime, shift: '' }];
    for (const push of pushes) {
        if (local.time >= push.time && beforeClose) {
            due.push({ job: 'daily-push', date: local.date, period: push.shift ? `${local.date}@${push.shift}` : local.date, shift: push.shift });
        }
    }
    if (local.time >= schedule.remindTime && beforeClose)
        due.push({ job: 'daily-remind', date: local.date, period: local.date });
    if (!beforeClose)
        due.push({ job: 'daily-close', date: local.date, period: local.date });
    return due;
}
/**
 * Every job due at a unit's local time: the daily ones, the follow-ups each morning (reminders of unconfirmed
 * reports and overdue rectifications), the weekly report on investigation days and the minutes on scheduling days.
 */
export function dueJobs(schedule, local) {
    const due = dueDailyJobs(schedule, local);
    if (local.time >= schedule.pushTime)
        due.push({ job: 'follow-ups', date: local.date, period: local.date });
    if (local.time >= schedule.weeklyTime && isInvestigationDay(local.date, { mode: schedule.investigationMode, weeklyDay: schedule.weeklyDay })) {
        due.push({ job: 'weekly-report', date: local.date, period: local.date });
    }
    if (local.time >= schedule.monthlyTime && isSchedulingDay(local.date, schedule.schedulingMode)) {
        due.push({ job: 'monthly-minutes', date: local.date, period: local.date });
    }
    return due;
}
//# sourceMappingURL=due-jobs.js.map