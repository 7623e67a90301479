export {};
//# sourceMappingURL=record-card-repository.js.map