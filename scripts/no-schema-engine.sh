#!/bin/sh
# Prisma's CLI checks for a schema engine binary at start-up even for `prisma generate`,
# which does not use it. These machines cannot download the binary, so we point
# PRISMA_SCHEMA_ENGINE_BINARY here. Migrations are applied by scripts/db-migrate.ts instead.
echo "Prisma's schema engine is not installed; use 'npm run db:migrate' (see docs/decisions/001)." >&2
exit 1
