export {};
//# sourceMappingURL=outbox-repository.js.map