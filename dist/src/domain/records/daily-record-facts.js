export {};
//# sourceMappingURL=daily-record-facts.js.map