// The shape of every record id (Prisma's cuid and the seed's "demo-…" ids). Checking it before
// a query turns garbage in a URL or form into "not found" without touching the database.
export const RECORD_ID_PATTERN = /^[a-z0-9-]{3,40}$/;

export function isRecordId(value: string): boolean {
  return RECORD_ID_PATTERN.test(value);
}
