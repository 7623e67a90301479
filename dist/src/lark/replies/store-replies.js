export const storeRefusalWording = {
    'store.done-elsewhere': () => '同一操作正在或已经由另一处理完成，本次未做任何更改。',
};
//# sourceMappingURL=store-replies.js.map