-- Reports from the people who use a notice, and the organiser's one-click capacity status
-- (issue 19, docs/decisions/011-reports-and-capacity.md).

CREATE TYPE "CapacityStatus" AS ENUM ('ROOM', 'WAITING_LIST', 'FULL');
CREATE TYPE "ReportReason" AS ENUM ('CONTACT', 'NOT_RUNNING', 'TIME_PLACE', 'FULL', 'OTHER');
CREATE TYPE "ReportAnswer" AS ENUM ('FIXED', 'STILL_CORRECT', 'ENDED');

ALTER TABLE "activity" ADD COLUMN "capacity_status" "CapacityStatus";
ALTER TABLE "activity" ADD COLUMN "capacity_set_at" TIMESTAMPTZ(3);

-- Reports of one notice are grouped: one open group per notice counts them until an answer
-- closes it; the next report opens a new group.
CREATE TABLE "report_group" (
    "id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_report_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "report_count" INTEGER NOT NULL DEFAULT 0,
    "closed_at" TIMESTAMPTZ(3),
    "answer" "ReportAnswer",
    CONSTRAINT "report_group_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "report_group_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "report_group_activity_id_idx" ON "report_group" ("activity_id");
CREATE INDEX "report_group_closed_at_opened_at_idx" ON "report_group" ("closed_at", "opened_at");
-- At most one open group per notice, so two reports arriving together cannot open two.
CREATE UNIQUE INDEX "report_group_one_open_per_activity" ON "report_group" ("activity_id") WHERE "closed_at" IS NULL;

CREATE TABLE "activity_report" (
    "id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "message" TEXT,
    "reporter_email" TEXT,
    "locale" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "activity_report_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "activity_report_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "report_group"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "activity_report_group_id_idx" ON "activity_report" ("group_id");

-- Search: the status and its date; "has room" compares the date with now at query time, so a
-- status older than 30 days stops counting without any rewrite.
ALTER TABLE "search_document" ADD COLUMN "capacity_status" TEXT;
ALTER TABLE "search_document" ADD COLUMN "capacity_set_at" TIMESTAMPTZ(3);
