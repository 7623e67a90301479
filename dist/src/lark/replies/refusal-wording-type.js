export {};
//# sourceMappingURL=refusal-wording-type.js.map