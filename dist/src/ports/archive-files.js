export {};
//# sourceMappingURL=archive-files.js.map