-- CreateTable
CREATE TABLE "OutboxFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "larkFileKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SenderLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- Files queued before this migration move to "OutboxFile", one row per message. SQLite has no SHA-256 function, so
-- they are keyed by their message's id instead of their digest: never matched by a new file, only sent.
INSERT INTO "OutboxFile" ("id", "sha256", "bytes", "createdAt")
SELECT "id", 'moved:' || "id", "fileBytes", "createdAt" FROM "OutboxMessage" WHERE "fileBytes" IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uuid" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "receiveId" TEXT,
    "receiveIdType" TEXT NOT NULL DEFAULT 'open_id',
    "msgType" TEXT,
    "content" TEXT,
    "targetOutboxId" TEXT,
    "fileName" TEXT,
    "fileId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "larkMessageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "OutboxMessage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "OutboxFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("fileId", "attempts", "content", "createdAt", "fileName", "id", "larkMessageId", "lastError", "msgType", "nextAttemptAt", "operation", "receiveId", "receiveIdType", "sentAt", "status", "targetOutboxId", "uuid") SELECT CASE WHEN "fileBytes" IS NOT NULL THEN "id" END, "attempts", "content", "createdAt", "fileName", "id", "larkMessageId", "lastError", "msgType", "nextAttemptAt", "operation", "receiveId", "receiveIdType", "sentAt", "status", "targetOutboxId", "uuid" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_uuid_key" ON "OutboxMessage"("uuid");
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxFile_sha256_key" ON "OutboxFile"("sha256");
