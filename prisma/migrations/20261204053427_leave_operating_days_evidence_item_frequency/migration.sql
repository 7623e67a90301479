-- AlterTable
ALTER TABLE "DailyCheck" ADD COLUMN "dueItems" JSONB;
ALTER TABLE "DailyCheck" ADD COLUMN "leaveId" TEXT;
ALTER TABLE "DailyCheck" ADD COLUMN "substituteId" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "operatingWeekdays" JSONB;

-- CreateTable
CREATE TABLE "Leave" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "declaredById" TEXT NOT NULL,
    "declaredAt" DATETIME NOT NULL,
    CONSTRAINT "Leave_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeaveSubstitution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "leaveId" TEXT NOT NULL,
    "substituteId" TEXT NOT NULL,
    "namedById" TEXT NOT NULL,
    "namedAt" DATETIME NOT NULL,
    CONSTRAINT "LeaveSubstitution_leaveId_fkey" FOREIGN KEY ("leaveId") REFERENCES "Leave" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OperatingCalendarChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "calendar" TEXT,
    "weekdays" JSONB,
    "reason" TEXT NOT NULL DEFAULT '',
    "recordedBy" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    CONSTRAINT "OperatingCalendarChange_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "larkMessageId" TEXT NOT NULL,
    "larkFileKey" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    CONSTRAINT "Evidence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChecklistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "checklistId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "frequency" TEXT NOT NULL DEFAULT 'daily',
    "frequencyDay" INTEGER,
    CONSTRAINT "ChecklistItem_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ChecklistItem" ("category", "checklistId", "code", "guidance", "id", "position", "text") SELECT "category", "checklistId", "code", "guidance", "id", "position", "text" FROM "ChecklistItem";
DROP TABLE "ChecklistItem";
ALTER TABLE "new_ChecklistItem" RENAME TO "ChecklistItem";
CREATE UNIQUE INDEX "ChecklistItem_checklistId_position_key" ON "ChecklistItem"("checklistId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Leave_unitId_startDate_idx" ON "Leave"("unitId", "startDate");

-- CreateIndex
CREATE INDEX "Leave_personId_startDate_idx" ON "Leave"("personId", "startDate");

-- CreateIndex
CREATE INDEX "LeaveSubstitution_leaveId_idx" ON "LeaveSubstitution"("leaveId");

-- CreateIndex
CREATE INDEX "OperatingCalendarChange_unitId_date_idx" ON "OperatingCalendarChange"("unitId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_larkMessageId_key" ON "Evidence"("larkMessageId");

-- CreateIndex
CREATE INDEX "Evidence_recordType_recordId_idx" ON "Evidence"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "Evidence_unitId_receivedAt_idx" ON "Evidence"("unitId", "receivedAt");

-- CreateIndex
CREATE INDEX "DailyCheck_substituteId_date_idx" ON "DailyCheck"("substituteId", "date");
