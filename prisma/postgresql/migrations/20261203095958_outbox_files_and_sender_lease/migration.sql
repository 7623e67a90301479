-- CreateTable
CREATE TABLE "OutboxFile" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "larkFileKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SenderLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SenderLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxFile_sha256_key" ON "OutboxFile"("sha256");

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "fileId" TEXT;

-- Files queued before this migration move to "OutboxFile", one row per distinct content.
INSERT INTO "OutboxFile" ("id", "sha256", "bytes", "createdAt")
SELECT DISTINCT ON (encode(sha256("fileBytes"), 'hex')) "id", encode(sha256("fileBytes"), 'hex'), "fileBytes", "createdAt"
FROM "OutboxMessage" WHERE "fileBytes" IS NOT NULL
ORDER BY encode(sha256("fileBytes"), 'hex'), "createdAt";
UPDATE "OutboxMessage" SET "fileId" = "OutboxFile"."id"
FROM "OutboxFile" WHERE "OutboxMessage"."fileBytes" IS NOT NULL AND "OutboxFile"."sha256" = encode(sha256("OutboxMessage"."fileBytes"), 'hex');
ALTER TABLE "OutboxMessage" DROP COLUMN "fileBytes";

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "OutboxFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
