export {};
//# sourceMappingURL=document-renderer.js.map