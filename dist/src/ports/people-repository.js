export {};
//# sourceMappingURL=people-repository.js.map