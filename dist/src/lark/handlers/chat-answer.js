export {};
//# sourceMappingURL=chat-answer.js.map