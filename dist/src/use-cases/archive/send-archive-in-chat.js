import { localTimeAt } from "../../domain/calendar/local-time.js";
import { monthRange, previousMonth } from "../../domain/schedules/periods.js";
import { refuseArchive } from "./archive-refusals.js";
import { exportArchive } from "./export-archive.js";
/**
 * 导出 YYYY-MM (or 导出 for last month): the principal or director gets the month's archive in chat as zip files,
 * with a card naming what the inspection index found missing. The export is recorded in the audit chain.
 */
export async function sendArchiveInChat(dependencies, input) {
    const memberships = await dependencies.store.transaction(async (transaction) => (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('principal') || member.roles.includes('director')));
    if (memberships.length === 0)
        throw refuseArchive('archive.export-not-allowed', {});
    const archives = [];
    for (const member of memberships) {
        if (!member.openId)
            continue;
        const unit = await dependencies.store.transaction((transaction) => transaction.units.get(member.unitId));
        if (!unit)
            continue;
        const month = input.month ?? previousMonth(localTimeAt(input.now, unit.timeZone).date.slice(0, 7));
        const { periodStart: from, periodEnd: to } = monthRange(month);
        const archive = await exportArchive(dependencies, { unitId: unit.id, from, to, now: input.now, actor: member.personId });
        const parts = await dependencies.archiveFiles.zip(archive.files);
        const zipNames = parts.map((_, index) => `质安档案_${archive.unitName}_${month}${parts.length > 1 ? `_第${index + 1}部分` : ''}.zip`);
        await dependencies.store.transaction(async (transaction) => {
            for (const [index, bytes] of parts.entries()) {
                await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId, notification: { kind: 'file', fileName: zipNames[index], bytes } });
            }
            await transaction.outbox.enqueue({
                operation: 'send',
                toOpenId: member.openId,
                notification: { kind: 'archive-summary', view: { unitName: archive.unitName, from, to, fileCount: archive.files.length, zipNames, gaps: archive.gaps } },
            });
        });
        archives.push({ unitName: archive.unitName, month, fileCount: archive.files.length, parts: parts.length });
    }
    return { kind: 'archives-sent', archives };
}
//# sourceMappingURL=send-archive-in-chat.js.map