export {};
//# sourceMappingURL=organisation-plan.js.map