-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "import_source" TEXT,
ADD COLUMN     "imported_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "public_reports_year_first_published_at_idx" ON "public_reports"("year", "first_published_at");

