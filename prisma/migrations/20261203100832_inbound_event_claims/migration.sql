-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "InboundEvent" ADD COLUMN "claimedUntil" DATETIME;
