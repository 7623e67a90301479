/**
 * Everything a unit must keep for inspection (Art. 13; 38号文 附件2 §2.1–2.5) for one period, as plain data. It is
 * what `records.json` holds (documented in docs/records-json.md) and what every exported document is rendered from.
 * Instants are ISO-8601 strings; business dates are the unit's local 'YYYY-MM-DD'.
 */
export const ARCHIVE_SCHEMA_VERSION = 1;
export const DUTY_STATEMENT_TITLES = {
    'director-duties': '质量安全总监职责',
    'officer-code': '质量安全员守则',
};
//# sourceMappingURL=archive-snapshot.js.map