-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "claimedUntil" TIMESTAMP(3);
