export {};
//# sourceMappingURL=handler-dependencies.js.map