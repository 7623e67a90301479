-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "frequency" TEXT NOT NULL DEFAULT 'daily',
ADD COLUMN     "frequencyDay" INTEGER;

-- AlterTable
ALTER TABLE "DailyCheck" ADD COLUMN     "dueItems" JSONB,
ADD COLUMN     "leaveId" TEXT,
ADD COLUMN     "substituteId" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "operatingWeekdays" JSONB;

-- CreateTable
CREATE TABLE "Leave" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "declaredById" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Leave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaveSubstitution" (
    "id" TEXT NOT NULL,
    "leaveId" TEXT NOT NULL,
    "substituteId" TEXT NOT NULL,
    "namedById" TEXT NOT NULL,
    "namedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LeaveSubstitution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperatingCalendarChange" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "calendar" TEXT,
    "weekdays" JSONB,
    "reason" TEXT NOT NULL DEFAULT '',
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OperatingCalendarChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
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
    "receivedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "Leave" ADD CONSTRAINT "Leave_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveSubstitution" ADD CONSTRAINT "LeaveSubstitution_leaveId_fkey" FOREIGN KEY ("leaveId") REFERENCES "Leave"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatingCalendarChange" ADD CONSTRAINT "OperatingCalendarChange_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
