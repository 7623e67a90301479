export {};
//# sourceMappingURL=daily-check-repository.js.map