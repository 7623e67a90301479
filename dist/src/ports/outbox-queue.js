export {};
//# sourceMappingURL=outbox-queue.js.map