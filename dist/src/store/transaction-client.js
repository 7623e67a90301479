export {};
//# sourceMappingURL=transaction-client.js.map