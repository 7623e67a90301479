export {};
//# sourceMappingURL=inbound-events.js.map