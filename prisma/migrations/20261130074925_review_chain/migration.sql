-- AlterEnum
ALTER TYPE "ReportStatus" ADD VALUE 'AWAITING_SIGNOFF';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'DEPARTMENT_REVIEWER';

-- AlterTable
ALTER TABLE "districts" ADD COLUMN     "early_submission" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sign_off_required" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "report_submissions" ADD COLUMN     "confidentiality_note" TEXT,
ADD COLUMN     "confidentiality_statement" TEXT,
ADD COLUMN     "signed_off_at" TIMESTAMP(3),
ADD COLUMN     "signed_off_by_id" TEXT,
ADD COLUMN     "signed_off_by_name" TEXT;

-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "signed_off_by_id" TEXT;

