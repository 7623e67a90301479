export {};
//# sourceMappingURL=suspension-repository.js.map