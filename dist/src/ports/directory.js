export {};
//# sourceMappingURL=directory.js.map