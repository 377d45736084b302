-- CreateTable
CREATE TABLE "public_reports" (
    "report_id" TEXT NOT NULL,
    "edition_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "department_sort" INTEGER NOT NULL,
    "department_slug" TEXT NOT NULL,
    "department_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "edition_number" INTEGER NOT NULL,
    "published_at" TIMESTAMP(3) NOT NULL,
    "is_demo" BOOLEAN NOT NULL,
    "search_text" TEXT NOT NULL,
    "search_tokens" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "public_reports_pkey" PRIMARY KEY ("report_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "public_reports_edition_id_key" ON "public_reports"("edition_id");

-- CreateIndex
CREATE INDEX "public_reports_year_department_sort_report_id_idx" ON "public_reports"("year" DESC, "department_sort", "report_id");

-- CreateIndex
CREATE INDEX "public_reports_department_id_year_idx" ON "public_reports"("department_id", "year" DESC);

-- CreateIndex
CREATE INDEX "public_reports_published_at_idx" ON "public_reports"("published_at" DESC);

-- CreateIndex
CREATE INDEX "public_reports_search_tokens_idx" ON "public_reports" USING GIN ("search_tokens");

-- AddForeignKey
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The search looks up character pairs that are common in every report: the
-- planner needs their frequencies to choose between the GIN index and a walk
-- down the directory's order.
ALTER TABLE "public_reports" ALTER COLUMN "search_tokens" SET STATISTICS 1000;

-- Every report the public reads today. The tokens are computed by the
-- application (lib/search) when it next starts (scripts/lib/prepare-database.ts
-- fills every row whose tokens are empty).
INSERT INTO "public_reports" ("report_id", "edition_id", "department_id", "district_id", "year", "department_sort",
  "department_slug", "department_name", "title", "edition_number", "published_at", "is_demo", "search_text")
SELECT r."id", e."id", d."id", d."district_id", r."year", d."sort_order", d."slug", d."name", e."title", e."number",
  e."published_at", r."is_demo", lower(normalize(e."search_text", NFKC) COLLATE "C")
FROM "reports" r
JOIN "report_editions" e ON e."id" = r."published_edition_id"
JOIN "departments" d ON d."id" = r."department_id";

-- The search text now lives in the index only.
ALTER TABLE "report_editions" DROP COLUMN "search_text";

-- The public department search (full name, short name and key), as for reports.
ALTER TABLE "departments" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "search_tokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "published_reports" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "departments_search_tokens_idx" ON "departments" USING GIN ("search_tokens");

UPDATE "departments" d SET "search_text" = lower(normalize(d."name" || ' ' || d."short_name" || ' ' || d."slug", NFKC) COLLATE "C"),
  "published_reports" = (SELECT count(*) FROM "public_reports" p WHERE p."department_id" = d."id");

-- Rate-limit counters (lib/rate-limit), shared by every server process.
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
