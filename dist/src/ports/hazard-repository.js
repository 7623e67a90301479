export {};
//# sourceMappingURL=hazard-repository.js.map