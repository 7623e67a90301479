export {};
//# sourceMappingURL=monthly-minutes-repository.js.map