export {};
//# sourceMappingURL=checklist-repository.js.map