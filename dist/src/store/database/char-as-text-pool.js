import pg from 'pg';
const internalCharTypeId = 18;
const textTypeId = 25;
function reportCharColumnsAsText(result) {
    const fields = result?.fields;
    if (Array.isArray(fields)) {
        for (const field of fields) {
            if (field.dataTypeID === internalCharTypeId)
                field.dataTypeID = textTypeId;
        }
    }
    return result;
}
// Reading a live PostgreSQL schema (diff from a database) selects catalogue columns of PostgreSQL's internal "char"
// type, for which @prisma/adapter-pg has no mapping ("Column type 'char' could not be deserialized"). Its values
// are one-letter strings, so reporting the columns as text is exact. Only the migration tooling uses this pool.
export function createCharAsTextPool(connectionString) {
    const pool = new pg.Pool({ connectionString });
    const query = pool.query.bind(pool);
    pool.query = ((...args) => {
        const result = query(...args);
        return result instanceof Promise ? result.then(reportCharColumnsAsText) : result;
    });
    return pool;
}
//# sourceMappingURL=char-as-text-pool.js.map