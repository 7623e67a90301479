const checklistSelect = {
    id: true,
    version: true,
    items: { orderBy: { position: 'asc' }, select: { position: true, code: true, text: true, guidance: true, category: true } },
};
function toChecklist(row) {
    return { id: row.id, version: row.version, items: row.items.map(({ position, ...item }) => ({ number: position, ...item })) };
}
export function checklistRepository(client) {
    return {
        async current(unitId) {
            const row = await client.checklist.findFirst({ where: { unitId }, orderBy: { version: 'desc' }, select: checklistSelect });
            return row ? toChecklist(row) : null;
        },
        async get(checklistId) {
            return toChecklist(await client.checklist.findUniqueOrThrow({ where: { id: checklistId }, select: checklistSelect }));
        },
    };
}
//# sourceMappingURL=checklist-repository.js.map