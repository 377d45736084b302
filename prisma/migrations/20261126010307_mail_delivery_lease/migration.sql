-- DropIndex
DROP INDEX "mail_messages_status_created_at_idx";

-- AlterTable
ALTER TABLE "mail_messages" ADD COLUMN     "claimed_at" TIMESTAMP(3),
ADD COLUMN     "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Mail already waiting is due at once (the default is the session's local time; Prisma writes UTC).
UPDATE "mail_messages" SET "next_attempt_at" = "created_at";

-- CreateIndex
CREATE INDEX "mail_messages_status_next_attempt_at_idx" ON "mail_messages"("status", "next_attempt_at");


