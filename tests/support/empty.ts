// Stands in for `server-only` in tests (see vitest.config.ts): outside React Server
// Components that package throws on import, so lib modules that import it could not load.
export {};
