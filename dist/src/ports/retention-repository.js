export {};
//# sourceMappingURL=retention-repository.js.map