import { addDays } from "../calendar/local-time.js";
import { localDateOf, startsLocalDay } from "./archive-times.js";
export function postHeld(appointment, timeZone) {
    const startDate = localDateOf(appointment.startedAt, timeZone);
    const post = {
        personId: appointment.personId,
        personName: appointment.personName,
        role: appointment.role,
        firstDay: startDate,
        firstWholeDay: startsLocalDay(appointment.startedAt, timeZone) ? startDate : addDays(startDate, 1),
    };
    if (appointment.endedAt === undefined)
        return post;
    const endDate = localDateOf(appointment.endedAt, timeZone);
    return {
        ...post,
        lastDay: startsLocalDay(appointment.endedAt, timeZone) ? addDays(endDate, -1) : endDate,
        lastWholeDay: addDays(endDate, -1),
    };
}
export function heldDuring(post, period) {
    const lastDay = post.lastDay ?? period.to;
    return post.firstDay <= lastDay && post.firstDay <= period.to && lastDay >= period.from;
}
export function postsHeldDuring(appointments, period, timeZone) {
    return appointments.map((appointment) => postHeld(appointment, timeZone)).filter((post) => heldDuring(post, period));
}
//# sourceMappingURL=posts-held.js.map