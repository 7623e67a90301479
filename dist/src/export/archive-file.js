export const RECORDS_JSON = 'records.json';
export const MANIFEST_JSON = 'manifest.json';
//# sourceMappingURL=archive-file.js.map