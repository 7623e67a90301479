/**
 * PostgreSQL runs transactions side by side: a row about to be read and changed is locked first (`FOR UPDATE`), so a
 * second change to it waits and then sees the first one's result. SQLite lets one writer at a time in, which is
 * the same guarantee for the whole file, so there is nothing to do.
 */
export async function lockRow(client, provider, table, id) {
    if (provider !== 'postgresql')
        return;
    await client.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
}
//# sourceMappingURL=lock-row.js.map