-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "staff" INTEGER NOT NULL,
    "revenueWan" REAL NOT NULL,
    "licences" JSONB NOT NULL,
    "grade" TEXT NOT NULL,
    "directorRequired" BOOLEAN NOT NULL,
    "timeZone" TEXT NOT NULL,
    "calendar" TEXT NOT NULL DEFAULT 'every-day',
    "controlMode" TEXT NOT NULL DEFAULT 'daily',
    "shiftTimes" JSONB NOT NULL,
    "investigationMode" TEXT NOT NULL DEFAULT 'weekly',
    "weeklyDay" INTEGER NOT NULL DEFAULT 5,
    "schedulingMode" TEXT NOT NULL DEFAULT 'monthly',
    "pushTime" TEXT NOT NULL DEFAULT '08:30',
    "remindTime" TEXT NOT NULL DEFAULT '16:00',
    "closeTime" TEXT NOT NULL DEFAULT '20:00',
    "weeklyTime" TEXT NOT NULL DEFAULT '16:00',
    "monthlyTime" TEXT NOT NULL DEFAULT '10:00',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "openId" TEXT,
    "mobile" TEXT,
    "email" TEXT,
    "otherPosts" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Person_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "reason" TEXT NOT NULL,
    "endedAt" DATETIME,
    "endReason" TEXT,
    CONSTRAINT "Appointment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Checklist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "templateId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Checklist_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "checklistId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    CONSTRAINT "ChecklistItem_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "shift" TEXT NOT NULL DEFAULT '',
    "checklistId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "outcome" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "suspensionReason" TEXT,
    "submittedAt" DATETIME,
    "cardOutboxId" TEXT,
    "contentHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DailyCheck_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dailyCheckId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "description" TEXT,
    "measures" TEXT,
    "serious" BOOLEAN NOT NULL DEFAULT false,
    "answeredAt" DATETIME NOT NULL,
    CONSTRAINT "DailyAnswer_dailyCheckId_fkey" FOREIGN KEY ("dailyCheckId") REFERENCES "DailyCheck" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Hazard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "dailyCheckId" TEXT,
    "itemCode" TEXT NOT NULL,
    "itemText" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "serious" BOOLEAN NOT NULL DEFAULT false,
    "reportedById" TEXT NOT NULL,
    "reportedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "ownerId" TEXT,
    "deadline" TEXT,
    "rectification" TEXT,
    "acknowledgedAt" DATETIME,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Hazard_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HazardEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hazardId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "at" DATETIME NOT NULL,
    "details" JSONB NOT NULL,
    CONSTRAINT "HazardEvent_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WeeklyReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "periodStart" TEXT NOT NULL,
    "periodEnd" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "investigation" JSONB NOT NULL,
    "analysis" TEXT NOT NULL DEFAULT '',
    "measures" TEXT NOT NULL DEFAULT '',
    "confirmedById" TEXT,
    "confirmedAt" DATETIME,
    "contentHash" TEXT,
    "cardOutboxId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WeeklyReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MonthlyMinutes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "periodStart" TEXT NOT NULL,
    "periodEnd" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "arrangements" JSONB NOT NULL,
    "confirmedById" TEXT,
    "confirmedAt" DATETIME,
    "contentHash" TEXT,
    "cardOutboxId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MonthlyMinutes_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "decision" TEXT,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    CONSTRAINT "Suggestion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SuspensionPeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SuspensionPeriod_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "sequence" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "unitId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uuid" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "receiveId" TEXT,
    "receiveIdType" TEXT NOT NULL DEFAULT 'open_id',
    "msgType" TEXT,
    "content" TEXT,
    "targetOutboxId" TEXT,
    "fileName" TEXT,
    "fileBytes" BLOB,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "larkMessageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "InboundEvent" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "eventType" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "Person_openId_idx" ON "Person"("openId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_unitId_key_key" ON "Person"("unitId", "key");

-- CreateIndex
CREATE INDEX "Appointment_unitId_role_idx" ON "Appointment"("unitId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_personId_kind_date_key" ON "Assessment"("personId", "kind", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Checklist_unitId_version_key" ON "Checklist"("unitId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_checklistId_position_key" ON "ChecklistItem"("checklistId", "position");

-- CreateIndex
CREATE INDEX "DailyCheck_unitId_date_idx" ON "DailyCheck"("unitId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "DailyCheck_unitId_officerId_date_shift_key" ON "DailyCheck"("unitId", "officerId", "date", "shift");

-- CreateIndex
CREATE UNIQUE INDEX "DailyAnswer_dailyCheckId_revision_position_key" ON "DailyAnswer"("dailyCheckId", "revision", "position");

-- CreateIndex
CREATE INDEX "Hazard_unitId_status_idx" ON "Hazard"("unitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Hazard_unitId_number_key" ON "Hazard"("unitId", "number");

-- CreateIndex
CREATE INDEX "HazardEvent_hazardId_idx" ON "HazardEvent"("hazardId");

-- CreateIndex
CREATE UNIQUE INDEX "WeeklyReport_unitId_periodStart_key" ON "WeeklyReport"("unitId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyMinutes_unitId_periodStart_key" ON "MonthlyMinutes"("unitId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_unitId_number_key" ON "Suggestion"("unitId", "number");

-- CreateIndex
CREATE INDEX "SuspensionPeriod_unitId_startDate_idx" ON "SuspensionPeriod"("unitId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_hash_key" ON "AuditEntry"("hash");

-- CreateIndex
CREATE INDEX "AuditEntry_recordType_recordId_idx" ON "AuditEntry"("recordType", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_uuid_key" ON "OutboxMessage"("uuid");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "InboundEvent_status_idx" ON "InboundEvent"("status");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_unitId_period_key" ON "JobRun"("job", "unitId", "period");
