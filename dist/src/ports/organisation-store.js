export {};
//# sourceMappingURL=organisation-store.js.map