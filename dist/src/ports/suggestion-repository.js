export {};
//# sourceMappingURL=suggestion-repository.js.map