export {};
//# sourceMappingURL=unit-repository.js.map