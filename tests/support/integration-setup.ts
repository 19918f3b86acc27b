import { afterAll } from "vitest";
import { disconnectTestPrisma } from "./db";

// Each integration test file runs in its own module context: close its pool when it is done.
afterAll(() => disconnectTestPrisma());
