-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "document" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "effectiveOn" TEXT;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "assessor" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rectification" TEXT,
ADD COLUMN     "rectifiedOn" TEXT,
ADD COLUMN     "score" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "validUntil" TEXT NOT NULL,
    "lastReminder" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "hours" DOUBLE PRECISION NOT NULL,
    "trainer" TEXT NOT NULL DEFAULT '',
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "sessionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("sessionId","personId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_unitId_kind_number_key" ON "Certificate"("unitId", "kind", "number");

-- CreateIndex
CREATE INDEX "TrainingSession_unitId_date_idx" ON "TrainingSession"("unitId", "date");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
