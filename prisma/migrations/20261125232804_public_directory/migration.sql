-- AlterTable
ALTER TABLE "report_editions" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "view_count" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "report_views" (
    "report_id" TEXT NOT NULL,
    "visitor_id" TEXT NOT NULL,
    "last_counted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_views_pkey" PRIMARY KEY ("report_id","visitor_id")
);

-- AddForeignKey
ALTER TABLE "report_views" ADD CONSTRAINT "report_views_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


