export {};
//# sourceMappingURL=lark-app-credentials.js.map