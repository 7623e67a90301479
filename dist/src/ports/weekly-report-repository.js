export {};
//# sourceMappingURL=weekly-report-repository.js.map