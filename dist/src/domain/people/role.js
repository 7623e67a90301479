export const ROLES = ['principal', 'director', 'officer'];
/** Official titles from Orders 75/76; everything people read uses these. */
export const ROLE_NAMES = {
    principal: '主要负责人',
    director: '质量安全总监',
    officer: '质量安全员',
};
//# sourceMappingURL=role.js.map