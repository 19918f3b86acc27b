import type { SearchEngine } from "../engine";

export function createMeilisearchEngine(): SearchEngine {
  throw new Error("not yet");
}
