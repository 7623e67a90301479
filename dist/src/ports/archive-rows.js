export {};
//# sourceMappingURL=archive-rows.js.map