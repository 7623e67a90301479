export {};
//# sourceMappingURL=audit-repository.js.map