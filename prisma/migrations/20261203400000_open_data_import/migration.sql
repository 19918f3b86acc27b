-- Open data (issue 16, docs/decisions/016-open-data-hsds.md): where imported notices and
-- organisations came from, "not yet confirmed by the organiser", and import batches kept
-- between the dry run and the moderator's confirmation.

ALTER TABLE "organisation" ADD COLUMN "imported_at" TIMESTAMPTZ(3);
ALTER TABLE "organisation" ADD COLUMN "import_source" TEXT;

ALTER TABLE "activity" ADD COLUMN "imported_at" TIMESTAMPTZ(3);
ALTER TABLE "activity" ADD COLUMN "import_source" TEXT;
ALTER TABLE "activity" ADD COLUMN "import_external_id" TEXT;
ALTER TABLE "activity" ADD COLUMN "awaiting_organiser" BOOLEAN NOT NULL DEFAULT false;

CREATE TYPE "OpenDataImportStatus" AS ENUM ('PREVIEWED', 'IMPORTED', 'DISCARDED');

CREATE TABLE "open_data_import" (
    "id" TEXT NOT NULL,
    "created_by_id" TEXT,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "text_language" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" "OpenDataImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "summary" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_at" TIMESTAMPTZ(3),
    CONSTRAINT "open_data_import_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "open_data_import_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "open_data_import_created_at_idx" ON "open_data_import" ("created_at");
