-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "first_forwarded_at" TIMESTAMP(3),
ADD COLUMN     "first_published_at" TIMESTAMP(3);

-- When each report first reached the district: its first submission of edition 1
-- that was not taken back and did not stop at the department (signed off, or
-- sent straight on where no sign-off was asked for).
UPDATE "reports" r SET "first_forwarded_at" = s.first
FROM (
  SELECT s."report_id", min(coalesce(s."signed_off_at", s."submitted_at")) AS first
  FROM "report_submissions" s JOIN "reports" x ON x."id" = s."report_id"
  WHERE s."edition_number" = 1 AND s."outcome" <> 'WITHDRAWN'
    AND (s."signed_off_at" IS NOT NULL OR NOT (s."outcome" = 'PENDING' AND x."status" = 'AWAITING_SIGNOFF'))
  GROUP BY s."report_id"
) s
WHERE s."report_id" = r."id";

-- Publication dates are history: the first edition's, whatever happened since.
UPDATE "reports" r SET "first_published_at" = e.first
FROM (SELECT "report_id", min("published_at") AS first FROM "report_editions" GROUP BY "report_id") e
WHERE e."report_id" = r."id";

-- AlterTable
ALTER TABLE "public_reports" ADD COLUMN     "first_published_at" TIMESTAMP(3),
ADD COLUMN     "details_version" INTEGER NOT NULL DEFAULT 0;
UPDATE "public_reports" p SET "first_published_at" = coalesce(r."first_published_at", p."published_at")
FROM "reports" r WHERE r."id" = p."report_id";
ALTER TABLE "public_reports" ALTER COLUMN "first_published_at" SET NOT NULL;

-- CreateTable
CREATE TABLE "district_deadlines" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "submit_by" DATE,
    "publish_by" DATE,
    "reminders_enabled" BOOLEAN NOT NULL DEFAULT false,
    "reminder_days" INTEGER[] DEFAULT ARRAY[7, 3, 1]::INTEGER[],
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "district_deadlines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminders" (
    "id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "deadline" TEXT NOT NULL,
    "days_before" INTEGER,
    "auto_key" TEXT,
    "sent_by_id" TEXT,
    "sent_by_name" TEXT,
    "recipients" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "sent_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_report_cells" (
    "report_id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "table_id" TEXT NOT NULL,
    "row_key" TEXT NOT NULL,
    "column_key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "computed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "public_report_cells_pkey" PRIMARY KEY ("report_id","table_id","row_key","column_key")
);

-- CreateTable
CREATE TABLE "public_report_issues" (
    "report_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,

    CONSTRAINT "public_report_issues_pkey" PRIMARY KEY ("report_id","key")
);

-- CreateTable
CREATE TABLE "public_report_texts" (
    "report_id" TEXT NOT NULL,
    "section_id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "fingerprints" INTEGER[],

    CONSTRAINT "public_report_texts_pkey" PRIMARY KEY ("report_id","section_id")
);

-- CreateTable
CREATE TABLE "report_quality" (
    "report_id" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "parts" JSONB NOT NULL,
    "originality" DOUBLE PRECISION,
    "similar" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_quality_pkey" PRIMARY KEY ("report_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "district_deadlines_district_id_year_key" ON "district_deadlines"("district_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "reminders_auto_key_key" ON "reminders"("auto_key");

-- CreateIndex
CREATE INDEX "reminders_department_id_year_sent_at_idx" ON "reminders"("department_id", "year", "sent_at" DESC);

-- CreateIndex
CREATE INDEX "reminders_year_sent_at_idx" ON "reminders"("year", "sent_at" DESC);

-- CreateIndex
CREATE INDEX "public_reports_district_id_year_published_at_idx" ON "public_reports"("district_id", "year", "published_at");

-- CreateIndex
CREATE INDEX "public_report_cells_district_id_year_table_id_row_key_colum_idx" ON "public_report_cells"("district_id", "year", "table_id", "row_key", "column_key");

-- CreateIndex
CREATE INDEX "public_report_cells_year_table_id_row_key_column_key_value_idx" ON "public_report_cells"("year", "table_id", "row_key", "column_key", "value");

-- CreateIndex
CREATE INDEX "public_report_issues_key_idx" ON "public_report_issues"("key");

-- CreateIndex
CREATE INDEX "public_report_texts_district_id_year_idx" ON "public_report_texts"("district_id", "year");

-- CreateIndex
CREATE INDEX "report_quality_score_idx" ON "report_quality"("score");

-- AddForeignKey
ALTER TABLE "district_deadlines" ADD CONSTRAINT "district_deadlines_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_report_cells" ADD CONSTRAINT "public_report_cells_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "public_reports"("report_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_report_issues" ADD CONSTRAINT "public_report_issues_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "public_reports"("report_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_report_texts" ADD CONSTRAINT "public_report_texts_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "public_reports"("report_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_quality" ADD CONSTRAINT "report_quality_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

