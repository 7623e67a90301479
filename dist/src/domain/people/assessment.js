export {};
//# sourceMappingURL=assessment.js.map