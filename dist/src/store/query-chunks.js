/**
 * SQLite refuses a statement with more than 999 parameters (Prisma P2029), and a list passed to `in` is one
 * parameter per entry. Where a query must name rows one by one, it names them in chunks well below that, so no
 * statement grows with the unit; where it can, a query selects by the parent's key instead.
 */
export const rowsPerStatement = 500;
/** Runs `query` on consecutive chunks of `values`, one statement after another (a transaction runs one at a time). */
export async function inChunks(values, query) {
    const rows = [];
    for (let start = 0; start < values.length; start += rowsPerStatement) {
        rows.push(...(await query(values.slice(start, start + rowsPerStatement))));
    }
    return rows;
}
/** The same for statements that change rows and report how many. */
export async function countInChunks(values, change) {
    let count = 0;
    for (let start = 0; start < values.length; start += rowsPerStatement)
        count += (await change(values.slice(start, start + rowsPerStatement))).count;
    return count;
}
//# sourceMappingURL=query-chunks.js.map