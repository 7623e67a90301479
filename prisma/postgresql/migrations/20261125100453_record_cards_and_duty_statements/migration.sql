-- CreateTable
CREATE TABLE "RecordCard" (
    "id" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "outboxId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyStatement" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyStatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordCard_recordType_recordId_idx" ON "RecordCard"("recordType", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyStatement_unitId_kind_version_key" ON "DutyStatement"("unitId", "kind", "version");
