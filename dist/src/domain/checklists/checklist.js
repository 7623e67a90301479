export function numberChecklistItems(checklist) {
    return checklist.items.map((item, index) => ({ ...item, number: index + 1 }));
}
//# sourceMappingURL=checklist.js.map