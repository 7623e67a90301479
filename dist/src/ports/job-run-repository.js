export {};
//# sourceMappingURL=job-run-repository.js.map