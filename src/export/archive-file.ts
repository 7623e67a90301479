export const RECORDS_JSON = 'records.json';
export const MANIFEST_JSON = 'manifest.json';
